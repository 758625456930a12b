import DoudiDomain
import Foundation
import SQLiteNIO

/// One SQLite row's values read in SELECT order: no lookup by column name and no
/// `Decoder` per row, for the region-wide reads of millions of rows (`Registry`'s
/// household read). A value of the wrong kind names its column position, never its value
/// (persons rows hold ID numbers, and these errors reach the log).
struct SQLiteValues {
    private let values: [SQLiteData]
    private var index = 0

    init(_ row: SQLiteRow, columns: Int) throws {
        values = row.columns.map(\.data)
        guard values.count == columns else { throw DataIntegrityError(message: "query returned \(values.count) columns, not \(columns)") }
    }

    /// The value at `position` as text, without moving on (to skip a row early).
    func text(at position: Int) throws -> String {
        guard case let .text(value) = values[position] else { throw unexpected(position) }
        return value
    }

    mutating func text() throws -> String {
        defer { index += 1 }
        return try text(at: index)
    }

    mutating func optionalText() throws -> String? {
        if case .null = values[index] { index += 1; return nil }
        return try text()
    }

    mutating func uuid() throws -> UUID {
        let position = index
        guard let id = UUIDText.parse(try text()) else { throw unexpected(position) }
        return id
    }

    mutating func optionalUUID() throws -> UUID? {
        if case .null = values[index] { index += 1; return nil }
        return try uuid()
    }

    mutating func int64() throws -> Int64 {
        let position = index
        guard let value = try optionalInt64() else { throw unexpected(position) }
        return value
    }

    mutating func optionalInt64() throws -> Int64? {
        defer { index += 1 }
        switch values[index] {
        case .null: return nil
        case let .integer(value): return Int64(value)
        default: throw unexpected(index)
        }
    }

    mutating func bool() throws -> Bool {
        defer { index += 1 }
        guard case let .integer(value) = values[index] else { throw unexpected(index) }
        return value != 0
    }

    private func unexpected(_ position: Int) -> DataIntegrityError {
        DataIntegrityError(message: "query column \(position): unexpected value kind")
    }
}
