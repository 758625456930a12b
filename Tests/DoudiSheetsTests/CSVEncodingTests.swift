import Foundation
import Testing
import DoudiSheets

@Suite struct CSVEncodingTests {
    /// "姓名,身份证号\r\n张三,110105194912310021\r\n" as Chinese Excel saves it (GBK).
    static let gbkBytes: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xC9, 0xED, 0xB7, 0xDD, 0xD6, 0xA4, 0xBA, 0xC5, 0x0D, 0x0A,
                                    0xD5, 0xC5, 0xC8, 0xFD, 0x2C] + Array("110105194912310021\r\n".utf8)

    @Test func gbkFromChineseExcelIsDecoded() throws {
        let reader = try CSVReader(data: Data(CSVEncodingTests.gbkBytes))
        #expect(reader.sourceEncoding == .gb18030)
        let table = try reader.table()
        #expect(table.header == ["姓名", "身份证号"])
        #expect(table.rows.first?.cells == [.text("张三"), .text("110105194912310021")])
    }

    @Test func largeGBKFileIsDecodedAcrossChunkBoundaries() throws {
        // Over 1 MiB, so the decoder cuts it into several line-aligned chunks.
        var bytes: [UInt8] = Array(CSVEncodingTests.gbkBytes.prefix(15))
        let record: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD, 0x2C, 0x31, 0x0D, 0x0A]   // 张三,1
        for _ in 0..<150_000 { bytes += record }
        let reader = try CSVReader(data: Data(bytes))
        #expect(reader.sourceEncoding == .gb18030)
        var count = 0
        try reader.forEachRow { fields, line in
            if line > 1, fields == ["张三", "1"] { count += 1 }
        }
        #expect(count == 150_000)
    }

    @Test func damagedUTF8IsRejectedWithPosition() throws {
        // Valid UTF-8 Chinese with one stray byte: decoding it as GB18030 would produce mojibake.
        var bytes = Array("姓名,备注\n张三,正常\n李四,".utf8)
        let badOffset = bytes.count
        bytes += [0xFF] + Array("坏\n".utf8)
        let error = try #require(throws: CSVError.self) { try CSVReader(data: Data(bytes)) }
        #expect(error.code == .notUTF8)
        #expect(error.byteOffset == badOffset)
        #expect(error.line == 3)
    }

    @Test func damagedUTF8AfterBOMCountsTheBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,\"x\ny\"\nb,".utf8) + [0xC3, 0x28]
        let error = try #require(throws: CSVError.self) { try CSVReader(data: Data(bytes)) }
        #expect(error.code == .notUTF8)
        #expect(error.byteOffset == 13)
        #expect(error.line == 2)
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030() throws {
        let error = try #require(throws: CSVError.self) { try CSVReader(data: Data([0x61, 0x2C, 0xFF, 0x0A])) }
        #expect(error.code == .notUTF8)
        #expect(error.byteOffset == 2)
    }

    @Test func overlongSurrogateAndOutOfRangeSequencesAreNotUTF8() throws {
        // With a UTF-8 BOM there is no GB18030 fallback, so strictness shows directly.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8]] {
            let error = try #require(throws: CSVError.self) { try CSVReader(data: Data([0xEF, 0xBB, 0xBF, 0x61, 0x0A] + bad)) }
            #expect(error.byteOffset == 5 && error.line == 2)
        }
        for good: [UInt8] in [[0xC2, 0xA9], [0xE4, 0xB8, 0xAD], [0xED, 0x9F, 0xBF], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF]] {
            #expect(try CSVReader(data: Data([0x61, 0x0A] + good)).sourceEncoding == .utf8)
        }
    }

    @Test func asciiFastPathStillFindsLateBadBytes() throws {
        // The validator skips eight ASCII bytes at a time; a bad byte after a long ASCII run must still count.
        var bytes = Array(String(repeating: "0123456789,", count: 100).utf8)
        bytes += [0xEF, 0xBB, 0xBF].dropLast()
        #expect(throws: CSVError.self) { try CSVReader(data: Data([0xEF, 0xBB, 0xBF] + bytes)) }
    }

    @Test func utf16WithBOMIsDecoded() throws {
        var little = Data([0xFF, 0xFE])
        for unit in "姓名\t年龄\r\n张三\t30\r\n".utf16 { little.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let reader = try CSVReader(data: little, delimiter: "\t")
        #expect(reader.sourceEncoding == .utf16LittleEndian)
        let table = try reader.table()
        #expect(table.header == ["姓名", "年龄"])
        #expect(table.rows.first?.cells == [.text("张三"), .text("30")])
    }
}
