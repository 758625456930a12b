import DoudiDomain
import FluentPostgresDriver
import Foundation
import Logging
import PostgresNIO

/// Bulk rows into PostgreSQL with `COPY … FROM STDIN` (text format) on the connection of
/// the surrounding transaction, so an import stays all-or-nothing. Multi-row INSERTs
/// through SQLKit cost most of a million-row import; COPY streams the rows instead.
enum PostgresCopy {
    static let logger = Logger(label: "doudi.bulk-copy")

    /// The rows in COPY's text format.
    static func payload<Rows: Collection>(_ rows: Rows, width: Int) throws -> ByteBuffer
        where Rows.Element == [any Encodable & Sendable]
    {
        var payload = ByteBuffer()
        payload.reserveCapacity(rows.count * width * 12)
        for row in rows {
            precondition(row.count == width, "row width does not match the table's columns")
            for (index, value) in row.enumerated() {
                if index > 0 { payload.writeInteger(UInt8(ascii: "\t")) }
                try write(value, into: &payload)
            }
            payload.writeInteger(UInt8(ascii: "\n"))
        }
        return payload
    }

    /// Streams a payload into `table` on the surrounding transaction's connection.
    static func send(_ payload: ByteBuffer, table: String, columns: [String], on database: any PostgresDatabase) async throws {
        try await database.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                    try await writer.write(payload)
                }
            }
        }.get()
    }

    /// One value in COPY's text format: `\N` for NULL; backslash, tab, newline and
    /// carriage return escaped; booleans as t/f; timestamps in UTC with microseconds.
    static func write(_ value: any Encodable & Sendable, into buffer: inout ByteBuffer) throws {
        switch value {
        case let text as String: writeEscaped(text, into: &buffer)
        case let id as UUID: buffer.writeString(UUIDText.string(id))
        case let number as Int64: buffer.writeString(String(number))
        case let number as Int: buffer.writeString(String(number))
        case let number as Int16: buffer.writeString(String(number))
        case let flag as Bool: buffer.writeString(flag ? "t" : "f")
        case let date as Date: buffer.writeString(timestamp(date))
        case let optional as any OptionalValue where optional.isNone: buffer.writeString("\\N")
        default: throw CopyError(type: String(describing: type(of: value)))
        }
    }

    private static func writeEscaped(_ text: String, into buffer: inout ByteBuffer) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeString("\\t")
            case UInt8(ascii: "\n"): buffer.writeString("\\n")
            case UInt8(ascii: "\r"): buffer.writeString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    static func timestamp(_ date: Date) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let perDay: Int64 = 86_400_000_000
        let days = micros >= 0 ? micros / perDay : (micros - perDay + 1) / perDay
        let rest = micros - days * perDay
        let day = CivilDate(daysSinceEpoch: Int(days))
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let time = "\(pad(rest / 3_600_000_000, 2)):\(pad(rest / 60_000_000 % 60, 2)):\(pad(rest / 1_000_000 % 60, 2)).\(pad(rest % 1_000_000, 6))"
        return "\(day.iso) \(time)+00"
    }

    struct CopyError: Error, CustomStringConvertible {
        let type: String
        var description: String { "COPY cannot encode a value of type \(type)" }
    }
}
