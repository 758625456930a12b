import DoudiMatch
import Foundation
import Testing

@Suite("Reference columns")
struct ReferenceColumnsTests {
    static func sample() -> ReferenceColumns {
        var builder = ReferenceColumnsBuilder()
        // File order: keys 30, 10, 30, 20; the two rows of 30 keep their file order.
        builder.append(key: 30, date: 100, line: 2, offset: 10)
        builder.append(key: 10, amount: 5_000, code: 3, line: 3, offset: 40)
        builder.append(key: 30, second: 7, extra: -1, line: 4, offset: 70)
        builder.append(key: 20, line: 5, offset: 99)
        return builder.build()
    }

    @Test("rows are sorted by key, stably, and every column moves with its row")
    func sorted() {
        let columns = Self.sample()
        #expect(columns.keys == [10, 20, 30, 30])
        #expect(columns.lines == [3, 5, 2, 4] && columns.offsets == [40, 99, 10, 70])
        #expect(columns.amounts == [5_000, ReferenceColumns.noAmount, ReferenceColumns.noAmount, ReferenceColumns.noAmount])
        #expect(columns.codes == [3, 0, 0, 0] && columns.seconds == [0, 0, 0, 7] && columns.extras[3] == -1)
        #expect(columns.dates[2] == 100 && columns.dates[0] == ReferenceColumns.noDate)
        #expect(columns.rows(for: 30) == 2..<4 && columns.rows(for: 10) == 0..<1 && columns.rows(for: 25).isEmpty)
    }

    @Test("the cache file maps back exactly, and a cut, foreign or missing file is refused")
    func file() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-columns-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func roundTrip(_ bytes: [UInt8]) throws -> ReferenceColumns {
            let url = directory.appendingPathComponent(UUID().uuidString)
            try Data(bytes).write(to: url)
            return try ReferenceColumns(contentsOf: url)
        }
        let columns = Self.sample()
        let bytes = columns.encoded()
        #expect(try roundTrip(bytes) == columns)
        #expect(throws: ReferenceColumns.FileError.unreadable) { try roundTrip(Array(bytes.dropLast())) }
        var foreign = bytes
        foreign[0] = 0x41
        #expect(throws: ReferenceColumns.FileError.unreadable) { try roundTrip(foreign) }
        #expect(throws: ReferenceColumns.FileError.unreadable) { try roundTrip([]) }
        #expect(throws: ReferenceColumns.FileError.unreadable) { try ReferenceColumns(contentsOf: directory.appendingPathComponent("missing")) }
        let empty = ReferenceColumnsBuilder().build()
        #expect(try roundTrip(empty.encoded()) == empty)
    }
}
