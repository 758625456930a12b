import Foundation
import Testing
import DoudiSheets

@Suite struct CSVReaderTests {
    private func records(_ text: String, delimiter: Unicode.Scalar = ",") throws -> [([String], Int)] {
        try records(Data(text.utf8), delimiter: delimiter)
    }

    private func records(_ data: Data, delimiter: Unicode.Scalar = ",") throws -> [([String], Int)] {
        var result: [([String], Int)] = []
        try CSVReader(data: data, delimiter: delimiter).forEachRow { result.append(($0, $1)) }
        return result
    }

    @Test func plainFieldsWithLFAndCRLF() throws {
        let lf = try records("a,b,c\n1,2,3\n")
        let crlf = try records("a,b,c\r\n1,2,3\r\n")
        let noFinalBreak = try records("a,b,c\r\n1,2,3")
        for parsed in [lf, crlf, noFinalBreak] {
            #expect(parsed.map(\.0) == [["a", "b", "c"], ["1", "2", "3"]])
            #expect(parsed.map(\.1) == [1, 2])
        }
    }

    @Test func quotingRules() throws {
        let parsed = try records("\"a,b\",\"say \"\"hi\"\"\",\"\",plain\r\n\"\"\"\",x\"y,\"ab\"c\n")
        #expect(parsed[0].0 == ["a,b", "say \"hi\"", "", "plain"])
        // A lone quote inside an unquoted field and text after a closing quote are kept, as Excel does.
        #expect(parsed[1].0 == ["\"", "x\"y", "abc"])
    }

    @Test func newlinesInsideQuotesKeepRecordNumbering() throws {
        let parsed = try records("姓名,备注\n张三,\"第一行\r\n第二行\n第三行\"\n李四,无\n")
        #expect(parsed.count == 3)
        #expect(parsed[1].0 == ["张三", "第一行\r\n第二行\n第三行"])
        // Line numbers are record index + 1, what Excel shows after opening the CSV.
        #expect(parsed[2].0 == ["李四", "无"])
        #expect(parsed[2].1 == 3)
    }

    @Test func emptyFieldsRecordsAndLoneCR() throws {
        let parsed = try records("a,,\r\n\r\n,b\rc")
        #expect(parsed.map(\.0) == [["a", "", ""], [""], ["", "b"], ["c"]])
        #expect(parsed.map(\.1) == [1, 2, 3, 4])
        #expect(try records("").isEmpty)
    }

    @Test func bomIsStrippedAndReported() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("姓名,年龄\n张三,30\n".utf8)
        let reader = try CSVReader(data: data)
        #expect(reader.sourceEncoding == .utf8WithBOM)
        let table = try reader.table()
        #expect(table.header == ["姓名", "年龄"])
        #expect(table.rows.first?.cells == [.text("张三"), .text("30")])
        #expect(try CSVReader(data: Data("a\n".utf8)).sourceEncoding == .utf8)
    }

    @Test func tabDelimiter() throws {
        let parsed = try records("a\tb,c\t\"d\te\"\n", delimiter: "\t")
        #expect(parsed[0].0 == ["a", "b,c", "d\te"])
    }

    @Test func unterminatedQuoteIsAnError() throws {
        let error = try #require(throws: CSVError.self) {
            try records("a,b\n1,2\n3,\"never closed\n4,5\n")
        }
        #expect(error.code == .unterminatedQuote)
        #expect(error.line == 3)
        #expect(error.byteOffset == 10)
    }

    @Test func tableKeepsIDsAsTextAndPadsShortRows() throws {
        let csv = " 姓名 ,身份证号,金额\n张三,110105194912310021\n\n李四,11010519491231002X,1200\n,,\n\n"
        let table = try CSVReader.table(data: Data(csv.utf8))
        #expect(table.header == ["姓名", "身份证号", "金额"])
        #expect(table.rows.map(\.line) == [2, 3, 4])
        #expect(table.rows[0].cells == [.text("张三"), .text("110105194912310021"), .empty])
        #expect(table.rows[1].isEmpty)
        #expect(table.rows[2].cells == [.text("李四"), .text("11010519491231002X"), .text("1200")])
    }

    @Test func forEachRowPassesBodyErrorsThrough() throws {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try CSVReader(data: Data("a\nb\nc\n".utf8)).forEachRow { _, line in
                seen += 1
                if line == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test func readsFromURL() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("h1,h2\nx,y\n".utf8).write(to: url)
        let table = try CSVReader.table(url: url)
        #expect(table.header == ["h1", "h2"])
        #expect(table.rows.map(\.cells) == [[.text("x"), .text("y")]])
    }
}
