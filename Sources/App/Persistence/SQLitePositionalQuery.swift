import FluentSQLiteDriver
import Foundation
import SQLiteNIO
import SQLKit

/// A select run on SQLite with its rows read positionally as SQLite steps through them
/// (`SQLiteValues`): no lookup by column name, no `Decoder`, no row objects queued on the
/// event loop. For the region-wide reads of millions of rows; PostgreSQL reads the same
/// select through SQLKit by name.
enum SQLitePositionalQuery {
    /// Each row through `transform` (nil skips it), in the order SQLite returns them; the
    /// first failure stops the decoding and is thrown once the query has ended.
    static func rows<T>(_ select: SQLSelectBuilder, on sqlite: any SQLiteDatabase, columns: Int,
                        _ transform: @escaping @Sendable (inout SQLiteValues) throws -> T?) async throws -> [T] {
        var serializer = SQLSerializer(database: select.database)
        select.query.serialize(to: &serializer)
        let text = serializer.sql, encoder = SQLiteDataEncoder()
        let binds = try serializer.binds.map { try BulkInsert.sqliteData($0, encoder: encoder) }
        let collected = Collected<T>()
        try await sqlite.withConnection { connection in
            try await connection.query(text, binds) { row in
                collected.add {
                    var values = try SQLiteValues(row, columns: columns)
                    return try transform(&values)
                }
            }
        }
        return try collected.finish()
    }
}

/// Rows as the query callback hands them over, one at a time. Unchecked Sendable: the
/// callback runs them in sequence, and `finish` is called once the query has ended.
private final class Collected<T>: @unchecked Sendable {
    private var rows: [T] = []
    private var failure: (any Error)?

    func add(_ row: () throws -> T?) {
        guard failure == nil else { return }
        do {
            if let value = try row() { rows.append(value) }
        } catch {
            failure = error
        }
    }

    func finish() throws -> [T] {
        if let failure { throw failure }
        return rows
    }
}
