import Foundation
import Testing
@testable import DoudiDomain

@Suite struct CivilDateTests {
    private func date(_ text: String) -> CivilDate {
        guard let date = CivilDate(iso: text) else { preconditionFailure("bad fixture \(text)") }
        return date
    }

    @Test func validatesRealGregorianDates() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2024, month: 12, day: 31) != nil)
        #expect(CivilDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2024, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2024, month: 1, day: 0) == nil)
        #expect(CivilDate(year: 0, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 10_000, month: 1, day: 1) == nil)
        let d = CivilDate(year: 1984, month: 4, day: 6)
        #expect(d?.year == 1984 && d?.month == 4 && d?.day == 6)
    }

    @Test(arguments: ["2024-1-05", "2024-01-5", " 2024-01-05", "2024-01-05 ", "2024/01/05", "20240105",
                      "2024-01-05T00:00", "+024-01-05", "2024-02-30", "２０２４-01-05", "", "2024-13-01"])
    func rejectsNonStrictISO(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func isoRoundTrip() {
        #expect(date("0001-01-01").iso == "0001-01-01")
        #expect(date("2024-02-29").description == "2024-02-29")
        #expect(date("9999-12-31").iso == "9999-12-31")
    }

    @Test func epochDayKnownValues() {
        #expect(date("1970-01-01").daysSinceEpoch == 0)
        #expect(date("1969-12-31").daysSinceEpoch == -1)
        #expect(date("2000-03-01").daysSinceEpoch == 11_017)
        #expect(date("0001-01-01").daysSinceEpoch == -719_162)
        #expect(CivilDate(daysSinceEpoch: 19_782) == date("2024-02-29"))
    }

    /// Checks the integer algorithm against Foundation's Gregorian calendar, an independent implementation.
    @Test func epochDaysAgreeWithFoundationCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: 0))
        var rng = SplitMix64(seed: 7)
        for _ in 0..<3_000 {
            let days = Int.random(in: -25_567...47_482, using: &rng) // 1900-01-01 … 2099-12-31
            let civil = CivilDate(daysSinceEpoch: days)
            let parts = calendar.dateComponents([.year, .month, .day, .weekday],
                                                from: Date(timeIntervalSince1970: Double(days) * 86_400))
            #expect(parts.year == civil.year && parts.month == civil.month && parts.day == civil.day)
            // Foundation: 1 = Sunday … 7 = Saturday.
            #expect((parts.weekday! + 5) % 7 + 1 == civil.weekday)
            #expect(civil.daysSinceEpoch == days)
        }
    }

    @Test func epochRoundTripAcrossWholeRange() {
        for days in stride(from: -719_162, through: 2_932_896, by: 97) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CivilDate(daysSinceEpoch: 2_932_896) == date("9999-12-31"))
    }

    @Test func addingDaysAndComparison() {
        #expect(date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(date("2024-03-01").adding(days: -1) == date("2024-02-29"))
        #expect(date("2023-12-31").adding(days: 1) == date("2024-01-01"))
        #expect(date("2024-01-01").adding(days: 366) == date("2025-01-01"))
        #expect(date("2024-01-01") < date("2024-01-02"))
        #expect(date("2023-12-31") < date("2024-01-01"))
        var rng = SplitMix64(seed: 11)
        for _ in 0..<1_000 {
            let a = CivilDate(daysSinceEpoch: Int.random(in: -20_000...30_000, using: &rng))
            let b = CivilDate(daysSinceEpoch: Int.random(in: -20_000...30_000, using: &rng))
            #expect((a < b) == (a.daysSinceEpoch < b.daysSinceEpoch))
            #expect((a == b) == (a.daysSinceEpoch == b.daysSinceEpoch))
        }
    }

    @Test func weekdays() {
        #expect(date("1970-01-01").weekday == 4)
        #expect(date("2000-01-01").weekday == 6)
        #expect(date("2024-10-01").weekday == 2)
        #expect(date("2024-10-06").weekday == 7)
        #expect(date("2024-10-06").isWeekend)
        #expect(date("1969-12-29").weekday == 1)
        #expect(!date("2024-10-07").isWeekend)
    }

    @Test func addingMonthsClampsTheDay() {
        #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
        #expect(date("2023-01-31").adding(months: 1) == date("2023-02-28"))
        #expect(date("2024-03-31").adding(months: -1) == date("2024-02-29"))
        #expect(date("2024-05-15").adding(months: 12) == date("2025-05-15"))
        #expect(date("2024-01-15").adding(months: -13) == date("2022-12-15"))
        #expect(date("2024-10-31").adding(months: 0) == date("2024-10-31"))
    }

    @Test func todayUsesShanghaiTime() {
        // 2023-11-14T22:13:20Z is 06:13:20 on the 15th in Shanghai.
        #expect(CivilDate.today(at: Date(timeIntervalSince1970: 1_700_000_000)) == date("2023-11-15"))
        // 2024-01-01T15:59:59Z is 23:59:59 in Shanghai; one second later is the next day.
        #expect(CivilDate.today(at: Date(timeIntervalSince1970: 1_704_124_799)) == date("2024-01-01"))
        #expect(CivilDate.today(at: Date(timeIntervalSince1970: 1_704_124_800)) == date("2024-01-02"))
        // Before the Unix epoch: 1969-12-31T16:00:00Z is midnight 1970-01-01 in Shanghai.
        #expect(CivilDate.today(at: Date(timeIntervalSince1970: -28_800)) == date("1970-01-01"))
        #expect(CivilDate.today(at: Date(timeIntervalSince1970: -28_801)) == date("1969-12-31"))
    }

    @Test func ageInFullYears() {
        let birth = date("1990-06-15")
        #expect(birth.age(on: date("2020-06-14")) == 29)
        #expect(birth.age(on: date("2020-06-15")) == 30)
        #expect(birth.age(on: date("1990-06-15")) == 0)
        #expect(birth.age(on: date("1990-06-14")) == -1)
    }

    @Test func leapDayBirthdayTurnsOlderOnFirstOfMarch() {
        let birth = date("2000-02-29")
        #expect(birth.age(on: date("2001-02-28")) == 0)
        #expect(birth.age(on: date("2001-03-01")) == 1)
        #expect(birth.age(on: date("2004-02-28")) == 3)
        #expect(birth.age(on: date("2004-02-29")) == 4)
        #expect(birth.age(on: date("2018-03-01")) == 18)
        #expect(birth.age(on: date("2018-02-28")) == 17)
    }

    @Test func codableAsISOString() throws {
        let data = try JSONEncoder().encode([date("2024-02-29")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(try JSONDecoder().decode([CivilDate].self, from: data) == [date("2024-02-29")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["2023-02-29"]"#.utf8))
        }
    }
}
