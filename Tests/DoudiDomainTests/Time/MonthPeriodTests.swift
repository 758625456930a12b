import Foundation
import Testing
@testable import DoudiDomain

@Suite struct MonthPeriodTests {
    private func month(_ text: String) -> MonthPeriod {
        guard let month = MonthPeriod(iso: text) else { preconditionFailure("bad fixture \(text)") }
        return month
    }

    @Test func parsesStrictly() {
        #expect(month("2024-02").year == 2024 && month("2024-02").month == 2)
        for bad in ["2024-2", "2024-13", "2024-00", "2024/02", "2024-02-01", " 2024-02", "24-02", ""] {
            #expect(MonthPeriod(iso: bad) == nil, "\(bad)")
        }
        #expect(MonthPeriod(year: 2024, month: 12) != nil)
        #expect(MonthPeriod(year: 2024, month: 0) == nil)
        #expect(month("0007-03").iso == "0007-03")
    }

    @Test func navigationAcrossYearBoundaries() {
        #expect(month("2024-12").next == month("2025-01"))
        #expect(month("2025-01").previous == month("2024-12"))
        #expect(month("2024-03").adding(months: -15) == month("2022-12"))
        #expect(month("2024-03").adding(months: 22) == month("2026-01"))
        #expect(month("2024-01").months(until: month("2025-03")) == 14)
        #expect(month("2024-01") < month("2024-02"))
        #expect(month("2023-12") < month("2024-01"))
    }

    @Test func indexRoundTrip() {
        #expect(month("2024-01").index == 2024 * 12)
        #expect(month("2024-12").index == 2024 * 12 + 11)
        for index in stride(from: 12, through: 119_999, by: 7) {
            #expect(MonthPeriod(index: index).index == index)
        }
    }

    @Test func daysOfTheMonth() {
        let february = month("2024-02")
        #expect(february.firstDay == CivilDate(iso: "2024-02-01"))
        #expect(february.lastDay == CivilDate(iso: "2024-02-29"))
        #expect(month("2023-02").lastDay == CivilDate(iso: "2023-02-28"))
        #expect(month("2024-04").dayCount == 30)
        #expect(february.contains(CivilDate(iso: "2024-02-29")!))
        #expect(!february.contains(CivilDate(iso: "2024-03-01")!))
        #expect(!february.contains(CivilDate(iso: "2023-02-15")!))
        #expect(MonthPeriod(containing: CivilDate(iso: "2024-02-17")!) == february)
    }

    @Test func codableAsYearMonth() throws {
        let data = try JSONEncoder().encode([month("2024-02")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02"]"#)
        #expect(try JSONDecoder().decode([MonthPeriod].self, from: data) == [month("2024-02")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([MonthPeriod].self, from: Data(#"["2024-13"]"#.utf8))
        }
    }
}
