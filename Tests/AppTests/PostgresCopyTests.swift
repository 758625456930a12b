@testable import App
import Foundation
import NIOCore
import Testing

@Suite("COPY text encoding")
struct PostgresCopyTests {
    func encode(_ value: any Encodable & Sendable) throws -> String {
        var buffer = ByteBuffer()
        try PostgresCopy.write(value, into: &buffer)
        return buffer.readString(length: buffer.readableBytes)!
    }

    @Test("text is escaped, NULL is \\N, booleans are t/f, numbers and UUIDs are plain")
    func values() throws {
        #expect(try encode("张三\t东岳路\\1号\n二楼\r") == "张三\\t东岳路\\\\1号\\n二楼\\r")
        #expect(try encode(String?.none) == "\\N")
        #expect(try encode(Optional("x")) == "x")
        #expect(try encode(true) == "t" && encode(false) == "f")
        #expect(try encode(Int64(-42)) == "-42" && encode(Int16(5)) == "5")
        let id = UUID(uuidString: "01A20627-816C-7000-8038-D2675199E7D2")!
        #expect(try encode(id) == "01A20627-816C-7000-8038-D2675199E7D2")
        #expect(throws: PostgresCopy.CopyError.self) { try encode([1, 2]) }
    }

    @Test("timestamps are UTC with microseconds, also before 1970")
    func timestamps() {
        #expect(PostgresCopy.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01 00:00:00.000000+00")
        #expect(PostgresCopy.timestamp(Date(timeIntervalSince1970: 1_795_400_000.25)) == "2026-11-23 02:13:20.250000+00")
        #expect(PostgresCopy.timestamp(Date(timeIntervalSince1970: -1.5)) == "1969-12-31 23:59:58.500000+00")
    }
}
