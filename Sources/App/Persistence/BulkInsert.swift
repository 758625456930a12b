import Foundation
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLiteNIO
import SQLKit

/// Bulk inserts in chunks: multi-row INSERTs sized under SQLite's bind-parameter limit
/// (32,766), or COPY chunks on PostgreSQL. One statement per chunk instead of one per
/// row is what makes million-row imports feasible.
///
/// On SQLite the statement text and `SQLiteData` binds are built directly: going
/// through SQLKit's generic binds costs an `Encoder` round trip per value (UUIDs are not
/// `SQLiteDataConvertible`), a measurable share of a million-row import; PostgreSQL gets
/// `COPY … FROM STDIN` (`PostgresCopy`). The values are stored exactly as SQLKit would
/// store them, so reads through SQLKit see no difference.
struct BulkInsert {
    static let maxBinds = 30_000

    let table: String
    let columns: [String]

    func run(_ rows: [[any Encodable & Sendable]], on sql: any SQLDatabase) async throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, Self.maxBinds / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            if let sqlite = sql as? any SQLiteDatabase {
                try await insertSQLite(rows[start..<end], on: sqlite)
            } else if let postgres = sql as? any PostgresDatabase {
                try await PostgresCopy.insert(table: table, columns: columns, rows: rows[start..<end], on: postgres)
            } else {
                // Doudi runs on SQLite and PostgreSQL only; anything else is a configuration bug.
                throw UnsupportedDatabase(dialect: sql.dialect.name)
            }
            start = end
        }
    }

    private func insertSQLite(_ rows: ArraySlice<[any Encodable & Sendable]>, on sqlite: any SQLiteDatabase) async throws {
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        var text = "INSERT INTO \"\(table)\" (" + columns.map { "\"\($0)\"" }.joined(separator: ",") + ") VALUES "
        text.reserveCapacity(text.utf8.count + rows.count * (placeholders.utf8.count + 1))
        var binds: [SQLiteData] = []
        binds.reserveCapacity(rows.count * columns.count)
        let encoder = SQLiteDataEncoder()
        for (index, row) in rows.enumerated() {
            precondition(row.count == columns.count, "row width does not match \(table) columns")
            if index > 0 { text += "," }
            text += placeholders
            for value in row { binds.append(try Self.sqliteData(value, encoder: encoder)) }
        }
        _ = try await sqlite.query(text, binds)
    }

    /// The common column types directly; anything else the way SQLKit would encode it.
    static func sqliteData(_ value: any Encodable & Sendable, encoder: SQLiteDataEncoder) throws -> SQLiteData {
        switch value {
        case let text as String: return .text(text)
        case let id as UUID: return .text(id.uuidString)
        case let number as Int64: return .integer(Int(number))
        case let flag as Bool: return .integer(flag ? 1 : 0)
        case let optional as any OptionalValue where optional.isNone: return .null
        default: return try encoder.encode(value)
        }
    }
}

struct UnsupportedDatabase: Error, CustomStringConvertible {
    let dialect: String
    var description: String { "bulk writes support SQLite and PostgreSQL, not \(dialect)" }
}

/// Lets the bulk writer recognise a nil hidden in an existential.
protocol OptionalValue {
    var isNone: Bool { get }
}

extension Optional: OptionalValue {
    var isNone: Bool { self == nil }
}
