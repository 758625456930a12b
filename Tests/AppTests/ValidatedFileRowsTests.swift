@testable import App
import Foundation
import Testing

@Suite("Validated file rows")
struct ValidatedFileRowsTests {
    @Test("a row is read whole from its offset: short, longer than any first read with a quoted line break, and the last without one")
    func rowsByOffset() throws {
        let long = String(repeating: "长", count: 700)  // 2,100 bytes: several reads
        let lines = ["id_number,name,note", "1,赵一,", "2,钱二,\"line one\nline two, \"\"quoted\"\" \(long)\"", "3,孙三,end"]
        let text = lines.joined(separator: "\n")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-rows-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var offsets: [UInt64] = [], offset = 0
        for line in lines {
            offsets.append(UInt64(offset))
            offset += line.utf8.count + 1
        }
        // MUT
        let rows = try ValidatedFileRows(url: url)
        // validate
        #expect(rows.header == ["id_number", "name", "note"])
        #expect(rows.row(at: offsets[1]) == ["id_number": "1", "name": "赵一"])
        #expect(rows.row(at: offsets[2]) == ["id_number": "2", "name": "钱二", "note": "line one\nline two, \"quoted\" \(long)"])
        #expect(rows.row(at: offsets[3]) == ["id_number": "3", "name": "孙三", "note": "end"])
    }
}
