import Foundation
import Testing
import DoudiSheets

/// Workbooks written by other tools (made once with the Python scripts in
/// Fixtures/README.md), so the reader is checked against files it did not write.
@Suite struct XLSXFixtureTests {
    private func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: "xlsx", subdirectory: "Fixtures"))
    }

    /// XlsxWriter writes parts the way Excel does: shared strings, rich text, theme, spans.
    @Test func xlsxWriterWorkbookLikeExcel() throws {
        let url = try fixture("xlsxwriter-registry")
        #expect(try XLSXReader.sheetNames(data: Data(contentsOf: url)) == ["救助对象"])
        let table = try XLSXReader.read(url: url)
        #expect(table.header == ["姓名", "身份证号", "出生日期", "金额", "备注"])
        #expect(table.rows.map(\.line) == [2, 3, 5, 6])
        #expect(table.rows[0].cells == [.text("张三"), .number("1.1010519491231E+17"),
                                        .date(year: 1949, month: 12, day: 31), .number("1234.5"), .text("富文本说明")])
        #expect(table.rows[1].cells == [.text("张三"), .text("110105194912310021"), .empty, .empty, .text("含 & < > 符号")])
        #expect(table.rows[2].cells == [.empty, .empty, .empty, .number("42"), .empty])
        #expect(table.rows[3].cells == [.text("公式结果"), .empty, .empty, .empty, .empty])
    }

    /// openpyxl 3.1 writes inline strings, `t="n"`, and formulas without cached values.
    @Test func openpyxlWorkbook() throws {
        let table = try XLSXReader.read(url: fixture("openpyxl-registry"))
        #expect(table.header == ["姓名", "身份证号", "出生日期", "金额", "是否在册", "备注"])
        #expect(table.rows.map(\.line) == [2, 3, 5, 6])
        #expect(table.rows[0].cells == [.text("张三"), .number("1.1010519491231e+17"), .date(year: 1949, month: 12, day: 31),
                                        .number("1234.5"), .bool(true), .text("  前后空格  ")])
        #expect(table.rows[1].cells == [.text("李四"), .text("11010519491231002X"), .date(year: 2024, month: 2, day: 29),
                                        .number("0"), .bool(false), .text("多\n行")])
        #expect(table.rows[2].cells == [.empty, .empty, .empty, .number("42"), .empty, .empty])
        // A formula openpyxl never calculated has no value to import.
        #expect(table.rows[3].cells == [.text("王五"), .number("1.1010519491231e+17"), .date(year: 2024, month: 1, day: 1),
                                        .empty, .empty, .empty])
    }

    @Test func openpyxl1904DateSystem() throws {
        let table = try XLSXReader.read(url: fixture("openpyxl-1904"))
        #expect(table.header == ["日期"])
        #expect(table.rows.map(\.cells) == [[.date(year: 2024, month: 1, day: 1)], [.date(year: 1904, month: 1, day: 1)]])
    }
}
