import Foundation
import Testing
@testable import DoudiSheets

@Suite struct XLSXWriterTests {
    @Test func roundTripKeepsEveryKindOfCell() throws {
        let longText = String(repeating: "低保边缘家庭认定说明。", count: 2_900)
        let rows: [[SheetCell]] = [
            [.text("张三"), .text("110105194912310021"), .number("1234.5"), .date(year: 1949, month: 12, day: 31), .bool(true)],
            [.empty, .text("11010519491231002X"), .number("-0.25"), .date(year: 2024, month: 2, day: 29), .bool(false)],
            [.text(longText), .text("00123"), .number("1.10105194912310E+17"), .date(year: 1900, month: 1, day: 1), .error("#N/A")],
            [.text("A & B <c> \"q\" 'a'"), .text("两\n行\r\n回车\t制表"), .number("0"), .empty, .text("_x0041_ 与 \u{1} 控制符")],
            [.empty, .empty, .empty, .empty, .empty],
            [.text("宽行"), .empty, .empty, .empty, .empty, .text("表头以外的列")],
        ]
        var writer = XLSXWriter()
        writer.addSheet(name: "名册", header: ["姓名", "身份证号", "金额", "出生日期", "是否"], rows: rows)
        let table = try XLSXReader.read(data: writer.data())
        #expect(table.header == ["姓名", "身份证号", "金额", "出生日期", "是否", ""])
        #expect(table.rows.map(\.line) == [2, 3, 4, 5, 6, 7])
        for (read, written) in zip(table.rows, rows) {
            #expect(read.cells == written + Array(repeating: .empty, count: 6 - written.count))
        }
    }

    @Test func numbersExcelWouldRejectAndOldDatesBecomeText() throws {
        var writer = XLSXWriter()
        writer.addSheet(name: "s", header: ["a", "b", "c", "d"],
                        rows: [[.number("1,234"), .number("inf"), .date(year: 1899, month: 12, day: 31), .error("#CUSTOM")]])
        let cells = try XLSXReader.read(data: writer.data()).rows.first?.cells
        #expect(cells == [.text("1,234"), .text("inf"), .text("1899-12-31"), .text("#CUSTOM")])
        #expect(XLSXSheetXML.isPlainNumber("1.5E-3") && XLSXSheetXML.isPlainNumber("-7"))
        #expect(!XLSXSheetXML.isPlainNumber("1e") && !XLSXSheetXML.isPlainNumber("1-2") && !XLSXSheetXML.isPlainNumber("."))
    }

    @Test func templateHasBoldTextHeaderFrozenPaneAndTextColumns() throws {
        var writer = XLSXWriter()
        writer.addSheet(name: "模板", header: ["姓名", "身份证号"], rows: [], columnWidths: [12, 24])
        let package = try XLSXPackage(data: writer.data())
        let sheet = String(decoding: try package.require("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<col min=\"2\" max=\"2\" width=\"24.0\" customWidth=\"1\" style=\"2\"/>"))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"s\">"))
        let styles = String(decoding: try package.require("xl/styles.xml"), as: UTF8.self)
        #expect(styles.contains("<font><b/>"))
        #expect(styles.contains("<xf numFmtId=\"49\" fontId=\"1\""))
        let table = try XLSXReader.read(data: writer.data())
        #expect(table.header == ["姓名", "身份证号"] && table.rows.isEmpty)
    }

    @Test func severalSheetsWithSanitisedNames() throws {
        var writer = XLSXWriter()
        writer.addSheet(name: "错误/明细:2024", header: ["a"], rows: [[.text("1")]])
        writer.addSheet(name: "错误_明细_2024", header: ["b"], rows: [[.text("2")]])
        writer.addSheet(name: "", header: ["c"], rows: [])
        writer.addSheet(name: String(repeating: "长", count: 40), header: ["d"], rows: [])
        writer.addSheet(name: "'History'", header: ["e"], rows: [])
        #expect(writer.sheetNames == ["错误_明细_2024", "错误_明细_2024(2)", "Sheet3", String(repeating: "长", count: 31), "_History_"])
        let data = try writer.data()
        #expect(try XLSXReader.sheetNames(data: data) == writer.sheetNames)
        #expect(try XLSXReader.read(data: data, sheet: 1).rows.first?.cells == [.text("2")])
    }

    @Test func outputIsDeterministic() throws {
        var writer = XLSXWriter()
        writer.addSheet(name: "s", header: ["x"], rows: [[.text("y")]])
        #expect(try writer.data() == writer.data())
    }

    @Test func limitsAreReportedNotWrittenBroken() throws {
        #expect(throws: XLSXError(code: .noSheet)) { try XLSXWriter().data() }
        var writer = XLSXWriter()
        writer.addSheet(name: "s", header: ["x"], rows: [[.text("ok")], [.text(String(repeating: "字", count: 32_768))]])
        let error = try #require(throws: XLSXError.self) { try writer.data() }
        #expect(error.code == .cellTooLong && error.row == 3 && error.column == 1 && error.sheet == 0)
    }

    @Test func writesToURL() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        var writer = XLSXWriter()
        writer.addSheet(name: "s", header: ["名"], rows: [[.text("值")]])
        try writer.write(to: url)
        #expect(try XLSXReader.read(url: url).rows.first?.cells == [.text("值")])
    }
}
