import Foundation
import Testing
import DoudiSheets

/// Cell types and layouts, on hand-written workbooks.
@Suite struct XLSXReaderCellTests {
    @Test func numericIDsStayNumbersAndTextIDsStayText() throws {
        let book = TestWorkbook(
            sheetData: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
                <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>1.10105194912310E+17</v></c></row>\
                <row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="s"><v>4</v></c></row>\
                <row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="n"><v>110105194912310000</v></c></row>
                """,
            sharedStrings: ["<si><t>姓名</t></si>", "<si><t>身份证号</t></si>", "<si><t>张三</t></si>",
                            "<si><t>李四</t></si>", "<si><t>110105194912310021</t></si>"])
        let table = try XLSXReader.read(data: book.data)
        #expect(table.header == ["姓名", "身份证号"])
        #expect(table.rows.map(\.cells) == [
            [.text("张三"), .number("1.10105194912310E+17")],
            [.text("李四"), .text("110105194912310021")],
            [.text("张三"), .number("110105194912310000")],
        ])
        #expect(table.rows.map(\.line) == [2, 3, 4])
    }

    @Test func sharedStringsWithRichTextPhoneticsAndEscapes() throws {
        let book = TestWorkbook(
            sheetData: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                + "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>",
            sharedStrings: [
                "<si><r><rPr><b/></rPr><t>朝阳</t></r><r><t xml:space=\"preserve\"> 区 </t></r></si>",
                "<si><t>东京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>",
                "<si><t xml:space=\"preserve\">  两端空格  </t></si>",
                "<si><t>A &amp; B &lt;c&gt; 第一行_x000D_\n第二行_x005F_x0041_</t></si>",
                "<si><t/></si>",
            ])
        let table = try XLSXReader.read(data: book.data)
        #expect(table.header == ["朝阳 区", "东京", "两端空格", "A & B <c> 第一行\r\n第二行_x0041_"])
    }

    @Test func sharedStringsKeepSpacesInDataCells() throws {
        let book = TestWorkbook(
            sheetData: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>",
            sharedStrings: ["<si><t>h</t></si>", "<si><t xml:space=\"preserve\">  x  </t></si>"])
        #expect(try XLSXReader.read(data: book.data).rows.first?.cells == [.text("  x  ")])
    }

    @Test func inlineFormulaBoolErrorAndISODateCells() throws {
        let book = TestWorkbook(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>文本</t></is></c><c r="B1" t="inlineStr"><is><t>公式</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>真假</t></is></c><c r="D1" t="inlineStr"><is><t>错误</t></is></c>\
            <c r="E1" t="inlineStr"><is><t>日期</t></is></c><c r="F1" t="inlineStr"><is><t>空</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c>\
            <c r="B2" t="str"><f>A2&amp;"!"</f><v>富文本!</v></c><c r="C2" t="b"><v>1</v></c>\
            <c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" t="d"><v>2024-02-29T00:00:00</v></c><c r="F2" s="0"/></row>\
            <row r="3"><c r="C3" t="b"><v>0</v></c><c r="D3" t="e"><v>#N/A</v></c></row>
            """)
        let table = try XLSXReader.read(data: book.data)
        #expect(table.header == ["文本", "公式", "真假", "错误", "日期", "空"])
        #expect(table.rows[0].cells == [.text("富文本"), .text("富文本!"), .bool(true), .error("#DIV/0!"),
                                        .date(year: 2024, month: 2, day: 29), .empty])
        #expect(table.rows[1].cells == [.empty, .empty, .bool(false), .error("#N/A"), .empty, .empty])
    }

    @Test func sparseCellsAndSkippedRowsKeepRealRowNumbers() throws {
        let book = TestWorkbook(sheetData: """
            <row r="2" spans="1:3"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="C2" t="inlineStr"><is><t>丙</t></is></c></row>\
            <row r="4"><c r="C4"><v>3</v></c></row>\
            <row r="7"><c r="B7" s="0"><v>2</v></c><c r="AA7"><v>27</v></c></row>\
            <row><c><v>1</v></c><c><v>2</v></c></row>\
            <row r="9"><c r="A9" s="0"/></row><row r="10"/>
            """)
        let table = try XLSXReader.read(data: book.data)
        // The header is the first row with a value; the width reaches column AA (27).
        #expect(table.header.count == 27)
        #expect(Array(table.header.prefix(4)) == ["甲", "", "丙", ""])
        #expect(table.rows.map(\.line) == [4, 7, 8])
        #expect(table.rows[0][2] == .number("3") && table.rows[0][0] == .empty)
        #expect(table.rows[1][1] == .number("2") && table.rows[1][26] == .number("27"))
        // Cells without a reference follow the previous one; rows without one follow the previous row.
        #expect(Array(table.rows[2].cells.prefix(3)) == [.number("1"), .number("2"), .empty])
        #expect(table.rows.allSatisfy { $0.cells.count == 27 })
    }

    @Test func prefixedElementNamesAreUnderstood() throws {
        let book = TestWorkbook(sheetData: "")
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="\(TestWorkbook.main)"><x:sheetData>\
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>名</x:t></x:is></x:c></x:row>\
            <x:row r="2"><x:c r="A2"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>
            """
        let parts = book.parts.map { $0.path == "xl/worksheets/sheet1.xml" ? ($0.path, sheet) : $0 }
        let table = try XLSXReader.read(data: TestZip.make(parts))
        #expect(table.header == ["名"])
        #expect(table.rows.first?.cells == [.number("5")])
    }

    @Test func secondSheetAndSheetNames() throws {
        var book = TestWorkbook(sheetData: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一</t></is></c></row>")
        book.extraSheets = [("第二页", "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>二</t></is></c></row>")]
        #expect(try XLSXReader.sheetNames(data: book.data) == ["Sheet1", "第二页"])
        let second = try XLSXReader.read(data: book.data, sheet: 1)
        #expect(second.header == ["", "二"])
        let error = try #require(throws: XLSXError.self) { try XLSXReader.read(data: book.data, sheet: 2) }
        #expect(error.code == .noSheet && error.sheet == 2)
    }

    @Test func emptySheetGivesEmptyTable() throws {
        let table = try XLSXReader.read(data: TestWorkbook(sheetData: "<row r=\"1\"><c r=\"A1\" s=\"0\"/></row>").data)
        #expect(table.header.isEmpty && table.rows.isEmpty)
    }
}
