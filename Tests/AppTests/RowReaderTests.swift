@testable import App
import DoudiDomain
import DoudiSheets
import Testing

@Suite("Row reader")
struct RowReaderTests {
    func reader(_ header: String, _ key: String, _ cell: SheetCell) -> RowReader {
        let (map, issues) = ColumnMap.build(header: [header], template: [.optional(key)])
        precondition(issues.isEmpty)
        return RowReader(line: 2, cells: [cell], map: map)
    }

    @Test("an Excel date cell that is not a real date (1900-02-29) is an error, not an empty value")
    func fictitiousDate() {
        var row = reader("出生日期", "birth_date", .date(year: 1900, month: 2, day: 29))
        #expect(row.date("birth_date") == nil)
        #expect(row.issues.map(\.reasonKey) == ["import.error.date.invalid"])
        var month = reader("起始月份", "from_month", .date(year: 0, month: 13, day: 1))
        #expect(month.month("from_month") == nil)
        #expect(month.issues.map(\.reasonKey) == ["import.error.month.invalid"])
    }

    @Test("real Excel dates and text dates read the same")
    func realDates() {
        var excel = reader("出生日期", "birth_date", .date(year: 1950, month: 1, day: 1))
        var text = reader("出生日期", "birth_date", .text(" 1950-01-01 "))
        #expect(excel.date("birth_date") == CivilDate(year: 1950, month: 1, day: 1))
        #expect(text.date("birth_date") == CivilDate(year: 1950, month: 1, day: 1))
        #expect(excel.issues.isEmpty && text.issues.isEmpty)
    }

    @Test("a numeric ID cell has its own reason; legacy mode flags instead of rejecting")
    func idNumbers() {
        var numeric = reader("公民身份号码", "id_number", .number("3.70321195001010E+17"))
        #expect(numeric.idNumber("id_number", today: testToday, legacy: true) == nil)
        #expect(numeric.issues.map(\.reasonKey) == ["import.error.id.numeric_cell"])
        var legacy = reader("公民身份号码", "id_number", .text("370321195001010012"))
        #expect(legacy.idNumber("id_number", today: testToday, legacy: true)?.status == .checksum)
        #expect(legacy.issues.map(\.severity) == [.warning])
    }
}
