import Foundation
import Testing
import DoudiSheets

@Suite struct CSVWriterTests {
    @Test func quotingBOMAndCRLF() throws {
        let data = CSVWriter.data(rows: [["姓名", "备注"], ["张三", "a,b"], ["say \"hi\"", "两\n行"], ["", "x\ry"]])
        let expected = "\u{FEFF}姓名,备注\r\n张三,\"a,b\"\r\n\"say \"\"hi\"\"\",\"两\n行\"\r\n,\"x\ry\"\r\n"
        #expect(data == Data(expected.utf8))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(CSVWriter.data(rows: [["a"]], bom: false) == Data("a\r\n".utf8))
    }

    @Test func cellsAreWrittenAsTheUserSeesThem() throws {
        var writer = CSVWriter(bom: false)
        try writer.writeRow([SheetCell.text("x"), .number("1.5"), .date(year: 2024, month: 1, day: 5), .empty, .bool(true)])
        #expect(try writer.finishData() == Data("x,1.5,2024-01-05,,TRUE\r\n".utf8))
    }

    @Test func fieldByFieldWritingWithSubstrings() throws {
        var writer = CSVWriter(bom: false, delimiter: "\t")
        let line = "甲 乙,丙"
        for part in line.split(separator: " ") { writer.writeField(part) }
        try writer.endRow()
        #expect(try writer.finishData() == Data("甲\t乙,丙\r\n".utf8))
    }

    @Test func writeThenReadRoundTrips() throws {
        let rows: [[String]] = [
            ["姓名", "身份证号", "备注"],
            ["张三", "110105194912310021", "含,逗号"],
            ["李\"四\"", "11010519491231002X", "多\r\n行\n文本"],
            ["", "", ""],
            ["王五", "  前后空格  ", "😀 emoji"],
        ]
        let table = try CSVReader.table(data: CSVWriter.data(rows: rows))
        #expect(table.header == rows[0])
        #expect(table.rows.map { $0.cells.map(\.textValue) } == Array(rows.dropFirst()))
        #expect(table.rows.map(\.line) == [2, 3, 4, 5])
    }

    @Test func streamsToFileAcrossManyFlushes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-csvw-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        var writer = try CSVWriter(url: url, bufferSize: 1024)
        try writer.writeRow(["序号", "名称"])
        for index in 0..<5_000 { try writer.writeRow([String(index), "名称,\(index)"]) }
        try writer.close()

        var count = 0
        var last: [String] = []
        try CSVReader(url: url).forEachRow { fields, _ in
            count += 1
            last = fields
        }
        #expect(count == 5_001)
        #expect(last == ["4999", "名称,4999"])
    }

    @Test func leavesACallersFileHandleOpen() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-csvh-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        var writer = CSVWriter(fileHandle: handle, bom: false)
        try writer.writeRow(["a"])
        try writer.close()
        try handle.write(contentsOf: Data("after\r\n".utf8))
        try handle.close()
        #expect(try Data(contentsOf: url) == Data("a\r\nafter\r\n".utf8))
    }

    @Test func droppedWriterStillFlushes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-csvd-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            var writer = try CSVWriter(url: url, bom: false)
            try writer.writeRow(["a", "b"])
        }
        #expect(try Data(contentsOf: url) == Data("a,b\r\n".utf8))
    }
}
