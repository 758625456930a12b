import Foundation
import Testing
import DoudiSheets

@Suite struct XLSXReaderDateTests {
    /// Styles: 0 general, 1 built-in 14, 2 custom Chinese date, 3 time only, 4 number with decimals, 5 built-in 31.
    static let styles = """
        <numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>\
        <numFmt numFmtId="165" formatCode="h:mm:ss"/><numFmt numFmtId="166" formatCode="0.00_ "/></numFmts>\
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>\
        <xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="31"/></cellXfs>
        """

    static let sheet = """
        <row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c></row>\
        <row r="2"><c r="A2" s="1"><v>45292</v></c><c r="B2" s="2"><v>18263.5</v></c><c r="C2" s="3"><v>0.5</v></c>\
        <c r="D2" s="4"><v>45292</v></c><c r="E2" s="5"><v>60</v></c><c r="F2"><v>45292</v></c><c r="G2" s="1"><v>-1</v></c></row>
        """

    @Test func dates1900() throws {
        let book = TestWorkbook(sheetData: XLSXReaderDateTests.sheet, styles: XLSXReaderDateTests.styles)
        let cells = try #require(try XLSXReader.read(data: book.data).rows.first?.cells)
        #expect(cells == [
            .date(year: 2024, month: 1, day: 1),
            .date(year: 1949, month: 12, day: 31),
            .number("0.5"),                        // time of day only: not a date
            .number("45292"),                      // number format without date tokens
            .date(year: 1900, month: 2, day: 29),  // Excel's phantom leap day, as Excel shows it
            .number("45292"),                      // no style: general
            .number("-1"),                         // no date before 1900
        ])
    }

    @Test func dates1904() throws {
        var book = TestWorkbook(sheetData: XLSXReaderDateTests.sheet, styles: XLSXReaderDateTests.styles)
        book.date1904 = true
        let cells = try #require(try XLSXReader.read(data: book.data).rows.first?.cells)
        #expect(cells[0] == .date(year: 2028, month: 1, day: 2))
        #expect(cells[1] == .date(year: 1954, month: 1, day: 1))
        #expect(cells[4] == .date(year: 1904, month: 3, day: 1))
    }
}
