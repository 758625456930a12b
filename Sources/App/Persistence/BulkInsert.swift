import DoudiDomain
import Foundation
import NIOCore
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
    /// From this many rows on, a load into a smaller table rebuilds its indexes afterwards.
    var deferIndexesFrom = DeferredIndexes.minimumRows
    /// Rows whose key is already stored update it instead of failing.
    var upsert: Upsert?
    /// Columns whose value is the same in every row (a run's key, its time), after `columns`:
    /// on SQLite bound once per statement, not once per row (a province's findings bound
    /// five values a row for nothing); on PostgreSQL written into every row of the COPY.
    var shared: [(column: String, value: any Encodable & Sendable)] = []

    /// The columns written: each row's, then the shared ones.
    private var written: [String] { columns + shared.map(\.column) }

    /// Writes `rows`, which may be lazy: only one chunk of rows is materialised at a
    /// time, so a million-row import never holds a million arrays of boxed values.
    /// Call it inside a transaction: a large load sets the table's indexes aside
    /// (`DeferredIndexes`) and only the transaction makes that invisible to others.
    ///
    /// Encoding the next chunk overlaps with the database executing the current one
    /// (SQLite works on NIO's thread pool, PostgreSQL in its own process), so a long
    /// load keeps both cores busy.
    func run<Rows: Collection>(_ rows: Rows, on sql: any SQLDatabase) async throws
        where Rows.Element == [any Encodable & Sendable]
    {
        guard !rows.isEmpty else { return }
        let sqlite = sql as? any SQLiteDatabase
        let postgres = sql as? any PostgresDatabase
        // Doudi runs on SQLite and PostgreSQL only; anything else is a configuration bug.
        guard sqlite != nil || postgres != nil else { throw UnsupportedDatabase(dialect: sql.dialect.name) }

        let deferred = try await DeferredIndexes.setAside(on: table, incoming: rows.count, minimumRows: deferIndexesFrom, sql: sql)
        // COPY cannot resolve conflicts: on PostgreSQL an upsert copies into a staging
        // table that lives until commit, then moves the rows over in one statement.
        let staging = upsert != nil && postgres != nil ? "bulk_staging_\(table)" : nil
        if let staging {
            try await sql.raw("CREATE TEMPORARY TABLE \(ident: staging) (LIKE \(ident: table) INCLUDING DEFAULTS) ON COMMIT DROP").run()
        }
        let perStatement = max(1, Self.maxBinds / columns.count)
        var start = rows.startIndex
        func nextChunk() throws -> Chunk? {
            guard start != rows.endIndex else { return nil }
            let end = rows.index(start, offsetBy: perStatement, limitedBy: rows.endIndex) ?? rows.endIndex
            defer { start = end }
            if sqlite != nil { return try sqliteChunk(rows[start..<end]) }
            let values = shared.map(\.value)
            return .copy(try PostgresCopy.payload(rows[start..<end].lazy.map { $0 + values }, width: columns.count + shared.count))
        }
        let target = staging ?? table
        var pending = try nextChunk()
        while let chunk = pending {
            // A load written alongside its own validation stops once the file is rejected.
            try Task.checkCancellation()
            async let written: Void = execute(chunk, into: target, sqlite: sqlite, postgres: postgres)
            pending = try nextChunk()
            try await written
        }
        if let staging, let upsert {
            let list = written.map { "\"\($0)\"" }.joined(separator: ",")
            try await sql.raw("INSERT INTO \(ident: table) (\(unsafeRaw: list)) SELECT \(unsafeRaw: list) FROM \(ident: staging) \(unsafeRaw: upsert.clause)").run()
            try await sql.raw("DROP TABLE \(ident: staging)").run()
        }
        try await deferred.rebuild(sql: sql)
    }

    /// What a row with a stored key does instead: the conflict target and its `SET` list,
    /// which may read the stored row by the table's name and the new one as `excluded`.
    struct Upsert: Sendable {
        let key: [String]
        let assignments: String

        var clause: String {
            "ON CONFLICT (" + key.map { "\"\($0)\"" }.joined(separator: ",") + ") DO UPDATE SET " + assignments
        }
    }

    /// One chunk ready to send: a multi-row INSERT with its binds, or a COPY payload.
    enum Chunk: Sendable {
        case insert(String, [SQLiteData])
        case copy(ByteBuffer)
    }

    private func execute(_ chunk: Chunk, into target: String, sqlite: (any SQLiteDatabase)?, postgres: (any PostgresDatabase)?) async throws {
        switch chunk {
        case let .insert(text, binds): _ = try await sqlite!.query(text, binds)
        case let .copy(payload): try await PostgresCopy.send(payload, table: target, columns: written, on: postgres!)
        }
    }

    private func sqliteChunk<Rows: Collection>(_ rows: Rows) throws -> Chunk where Rows.Element == [any Encodable & Sendable] {
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        var text = "INSERT INTO \"\(table)\" (" + written.map { "\"\($0)\"" }.joined(separator: ",") + ") "
        // Shared values come first in the text, so they take the first parameters; a SELECT
        // before ON CONFLICT needs its WHERE (SQLite's parsing ambiguity).
        text += shared.isEmpty ? "VALUES " : "SELECT *" + String(repeating: ", ?", count: shared.count) + " FROM (VALUES "
        text.reserveCapacity(text.utf8.count + rows.count * (placeholders.utf8.count + 1) + 40)
        var binds: [SQLiteData] = []
        binds.reserveCapacity(shared.count + rows.count * columns.count)
        let encoder = SQLiteDataEncoder()
        for value in shared { binds.append(try Self.sqliteData(value.value, encoder: encoder)) }
        for (index, row) in rows.enumerated() {
            precondition(row.count == columns.count, "row width does not match \(table) columns")
            if index > 0 { text += "," }
            text += placeholders
            for value in row { binds.append(try Self.sqliteData(value, encoder: encoder)) }
        }
        if !shared.isEmpty { text += ") WHERE true" }
        if let upsert { text += " " + upsert.clause }
        return .insert(text, binds)
    }

    /// The common column types directly; anything else the way SQLKit would encode it.
    static func sqliteData(_ value: any Encodable & Sendable, encoder: SQLiteDataEncoder) throws -> SQLiteData {
        switch value {
        // Concrete types first: a cast to a protocol (the nil check) costs a conformance lookup.
        case let text as String: return .text(text)
        case let id as UUID: return .text(UUIDText.string(id))
        case let number as Int64: return .integer(Int(number))
        case let flag as Bool: return .integer(flag ? 1 : 0)
        // SQLiteNIO's own encoding of a Date (seconds since 1970 as a REAL).
        case let date as Date: return .float(date.timeIntervalSince1970)
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
