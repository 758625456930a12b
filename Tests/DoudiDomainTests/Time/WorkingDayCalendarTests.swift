import Testing
@testable import DoudiDomain

@Suite struct WorkingDayCalendarTests {
    private let china = WorkingDayCalendar.china

    private func date(_ text: String) -> CivilDate {
        guard let date = CivilDate(iso: text) else { preconditionFailure("bad fixture \(text)") }
        return date
    }

    @Test func bundledCalendarCovers2019Through2026() {
        #expect(china.coveredYears == 2019...2026)
        #expect(china.covers(date("2019-01-01")) && china.covers(date("2026-12-31")))
        #expect(!china.covers(date("2018-12-31")) && !china.covers(date("2027-01-01")))
    }

    /// 国办发明电〔2023〕7号 (2024 arrangements) and 国办发明电〔2024〕12号 (2025 arrangements).
    @Test func knownOfficialArrangements() {
        // National Day 2024: 1–7 October off; Sunday 29 September and Saturday 12 October worked.
        for day in 1...7 { #expect(!china.isWorkingDay(date("2024-10-0\(day)"))) }
        #expect(china.isWorkingDay(date("2024-10-08")))
        #expect(china.isWorkingDay(date("2024-09-29")))
        #expect(china.isWorkingDay(date("2024-10-12")))
        // Spring Festival 2024: Sundays 4 and 18 February were working days; 10–17 February off.
        #expect(china.isWorkingDay(date("2024-02-04")))
        #expect(china.isWorkingDay(date("2024-02-18")))
        #expect(!china.isWorkingDay(date("2024-02-12")))
        // National Day and Mid-Autumn 2025: 1–8 October off; Saturday 11 October worked.
        #expect(china.isWorkingDay(date("2025-10-11")))
        #expect(!china.isWorkingDay(date("2025-10-08")))
        #expect(china.isWorkingDay(date("2025-10-09")))
        // Ordinary days.
        #expect(china.isWorkingDay(date("2024-11-13")))
        #expect(!china.isWorkingDay(date("2024-11-16")))
        #expect(china.name(of: date("2024-10-03")) == "National Day")
        #expect(china.name(of: date("2024-11-13")) == nil)
    }

    @Test func outsideCoverageOnlyWeekdaysAreKnown() {
        #expect(china.isWorkingDay(date("2030-10-01")))  // a Tuesday; its holidays are not known yet
        #expect(!china.isWorkingDay(date("2030-10-05"))) // a Saturday
    }

    @Test func addingWorkingDays() {
        // "1 working day after" Monday 30 September 2024 skips the whole National Day week.
        #expect(china.adding(workingDays: 1, to: date("2024-09-30")) == date("2024-10-08"))
        #expect(china.adding(workingDays: 0, to: date("2024-10-03")) == date("2024-10-03"))
        // Saturday 28 September → Sunday 29 September, an adjusted working day.
        #expect(china.adding(workingDays: 1, to: date("2024-09-28")) == date("2024-09-29"))
        #expect(china.adding(workingDays: 5, to: date("2024-10-08")) == date("2024-10-14"))
        #expect(china.adding(workingDays: -1, to: date("2024-10-08")) == date("2024-09-30"))
        #expect(china.adding(workingDays: 2, to: date("2026-12-30")) == nil)
        #expect(china.adding(workingDays: -1, to: date("2019-01-02")) == nil)
        #expect(china.adding(workingDays: 1, to: date("2027-03-01")) == nil)
    }

    @Test func countingWorkingDays() {
        // October 2024: 31 days − 7 holidays − weekends 13, 19, 20, 26, 27 (12 October was worked) = 19.
        #expect(china.workingDays(from: date("2024-10-01"), through: date("2024-10-31")) == 19)
        #expect(china.workingDays(from: date("2024-10-08"), through: date("2024-10-08")) == 1)
        #expect(china.workingDays(from: date("2024-10-09"), through: date("2024-10-08")) == 0)
        #expect(china.workingDays(from: date("2018-12-01"), through: date("2019-01-31")) == nil)
    }

    @Test func addingAndCountingAgree() {
        var rng = SplitMix64(seed: 2024)
        let first = date("2019-01-07").daysSinceEpoch
        let last = date("2026-10-31").daysSinceEpoch
        for _ in 0..<2_000 {
            let start = CivilDate(daysSinceEpoch: Int.random(in: first...last, using: &rng))
            let n = Int.random(in: 0...40, using: &rng)
            guard let end = china.adding(workingDays: n, to: start) else {
                Issue.record("\(n) working days after \(start) should be covered")
                continue
            }
            #expect(china.workingDays(from: start.adding(days: 1), through: end) == n)
            if n > 0 {
                #expect(china.isWorkingDay(end))
                #expect(china.adding(workingDays: -n, to: end).map { $0 <= start } == true)
            }
        }
    }

    @Test func parsesASmallCalendar() throws {
        let calendar = try WorkingDayCalendar(csv: """
            # test
            date,kind,name
            2030-10-01,holiday,National Day
            2030-09-29,workday,National Day\r
            2031-01-01,holiday,
            """)
        #expect(calendar.coveredYears == 2030...2031)
        #expect(!calendar.isWorkingDay(date("2030-10-01")))
        #expect(calendar.isWorkingDay(date("2030-09-29")))
        #expect(calendar.isWorkingDay(date("2031-06-03")))
        #expect(calendar.name(of: date("2031-01-01")) == nil)
    }

    @Test func rejectsBadRowsWithLineNumbers() {
        func failure(_ csv: String) -> WorkingDayCalendarError? {
            do { _ = try WorkingDayCalendar(csv: csv); return nil } catch { return error }
        }
        #expect(failure("2024-10-01,holiday,x") == .init(line: 1, reason: .missingHeader))
        #expect(failure("date,kind,name\n2024-10-01,holiday") == .init(line: 2, reason: .fieldCount))
        #expect(failure("date,kind,name\n2024-02-30,holiday,x") == .init(line: 2, reason: .badDate))
        #expect(failure("date,kind,name\n2024-10-01,rest,x") == .init(line: 2, reason: .badKind))
        #expect(failure("date,kind,name\n2024-10-08,workday,x") == .init(line: 2, reason: .workdayNotOnWeekend))
        #expect(failure("date,kind,name\n2024-10-01,holiday,x\n#\n2024-10-01,holiday,y")
            == .init(line: 4, reason: .duplicateDate))
        #expect(failure("date,kind,name\n") == .init(line: 2, reason: .noRows))
    }
}
