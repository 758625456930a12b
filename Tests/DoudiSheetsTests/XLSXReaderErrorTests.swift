import Foundation
import Testing
import DoudiSheets

@Suite struct XLSXReaderErrorTests {
    private func readError(_ data: Data, sheet: Int = 0) throws -> XLSXError {
        try #require(throws: XLSXError.self) { try XLSXReader.read(data: data, sheet: sheet) }
    }

    /// A realistic writer-made workbook large enough that chopping it hits compressed data.
    private func sampleWorkbook() throws -> Data {
        var writer = XLSXWriter()
        let rows = (0..<300).map { index -> [SheetCell] in
            [.text("姓名\(index)"), .text(String(110_105_194_912_310_000 + index)), .number(String(index))]
        }
        writer.addSheet(name: "名册", header: ["姓名", "身份证号", "序号"], rows: rows)
        return try writer.data()
    }

    @Test func notAZipFile() throws {
        #expect(try readError(Data("姓名,身份证号\n张三,1\n".utf8)).code == .notZip)
        #expect(try readError(Data()).code == .notZip)
        #expect(try readError(Data("<html><table></table></html>".utf8)).code == .notZip)
    }

    @Test func oldXLSOrEncryptedWorkbook() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        let old = try readError(Data(ole + Array("Workbook".utf16.flatMap { [UInt8($0), 0] })))
        #expect(old.code == .oldOrEncryptedFormat && old.encrypted == false)
        let encrypted = try readError(Data(ole + Array("EncryptedPackage".utf16.flatMap { [UInt8($0), 0] })))
        #expect(encrypted.code == .oldOrEncryptedFormat && encrypted.encrypted == true)
    }

    @Test func truncatedByThirtyPercent() throws {
        let data = try sampleWorkbook()
        #expect(try XLSXReader.read(data: data).rows.count == 300)
        #expect(try readError(data.prefix(data.count * 7 / 10)).code == .truncated)
    }

    @Test func truncatedByOneHundredBytes() throws {
        let data = try sampleWorkbook()
        #expect(try readError(data.prefix(data.count - 100)).code == .truncated)
        #expect(try readError(data.prefix(data.count - 1)).code == .truncated)
    }

    @Test func corruptedEntryFailsItsCRC() throws {
        let good = TestWorkbook(sheetData: "<row r=\"1\"><c r=\"A1\"><v>12345</v></c></row>").data
        var bytes = [UInt8](good)
        let marker = Array("12345".utf8)
        let at = try #require((0..<(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker })
        bytes[at] = UInt8(ascii: "9")
        let error = try readError(Data(bytes))
        #expect(error.code == .truncated)
        #expect(error.part == "xl/worksheets/sheet1.xml")
    }

    @Test func missingParts() throws {
        var book = TestWorkbook(sheetData: "<row r=\"1\"/>")
        book.omit = ["xl/worksheets/sheet1.xml"]
        let sheet = try readError(book.data)
        #expect(sheet.code == .missingPart && sheet.part == "xl/worksheets/sheet1.xml")

        book.omit = ["xl/workbook.xml"]
        let workbook = try readError(book.data)
        #expect(workbook.code == .missingPart && workbook.part == "xl/workbook.xml")

        book.omit = ["xl/_rels/workbook.xml.rels"]
        let rels = try readError(book.data)
        #expect(rels.code == .missingPart && rels.part == "xl/_rels/workbook.xml.rels")
    }

    @Test func malformedSheetXMLReportsPartAndLine() throws {
        let book = TestWorkbook(sheetData: "<row r=\"1\">\n<c r=\"A1\"><v>1</v></c>\n<c r=\"B1\"><v>2</c></row>")
        let error = try readError(book.data)
        #expect(error.code == .malformedXML)
        #expect(error.part == "xl/worksheets/sheet1.xml")
        #expect(error.line == 3)
    }

    @Test func badSharedStringIndexAndCellReference() throws {
        let index = TestWorkbook(sheetData: "<row r=\"4\"><c r=\"B4\" t=\"s\"><v>7</v></c></row>",
                                 sharedStrings: ["<si><t>x</t></si>"])
        let indexError = try readError(index.data)
        #expect(indexError.code == .invalidCell && indexError.row == 4 && indexError.column == 2)

        let reference = TestWorkbook(sheetData: "<row r=\"2\"><c r=\"ZZZZ2\"><v>1</v></c></row>")
        let referenceError = try readError(reference.data)
        #expect(referenceError.code == .invalidCell && referenceError.row == 2)
    }

    @Test func workbookWithoutSheets() throws {
        let book = TestWorkbook(sheetData: "")
        let parts = book.parts.map {
            $0.path == "xl/workbook.xml"
                ? ($0.path, "<workbook xmlns=\"\(TestWorkbook.main)\"><sheets/></workbook>") : $0
        }
        #expect(try readError(TestZip.make(parts)).code == .noSheet)
    }
}
