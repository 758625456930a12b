import SQLKit

/// Secondary indexes set aside during a load that more than doubles a table (a county's
/// or province's first roll): keeping an index current row by row means one random
/// B-tree descent per row and index, while rebuilding it afterwards is a single sort.
/// On a million-person load that is most of the write time.
///
/// Everything happens inside the import's transaction, so other readers never see a
/// table without its indexes (PostgreSQL holds the table's lock until commit; SQLite has
/// one writer), and a failure restores them with the rollback. Primary keys and
/// constraint-backed indexes stay; unique indexes are rebuilt and so still checked: a
/// duplicate the import's own validation missed fails the rebuild and the whole import.
struct DeferredIndexes {
    /// Below this many new rows, maintaining indexes is cheap enough.
    static let minimumRows = 50_000

    private(set) var definitions: [(name: String, create: String)] = []

    /// Drops `table`'s secondary indexes when `incoming` rows would outnumber those it has.
    static func setAside(on table: String, incoming: Int, minimumRows: Int = minimumRows,
                         sql: any SQLDatabase) async throws -> DeferredIndexes {
        guard incoming >= minimumRows else { return DeferredIndexes() }
        // Counts no further than the load's size: a province table may hold tens of millions.
        let existing = try await sql.raw("SELECT count(*) AS n FROM (SELECT 1 FROM \(ident: table) LIMIT \(unsafeRaw: String(incoming))) AS probe")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        guard existing < incoming else { return DeferredIndexes() }
        var deferred = DeferredIndexes()
        deferred.definitions = try await secondaryIndexes(of: table, sql: sql)
        for index in deferred.definitions {
            try await sql.raw("DROP INDEX \(ident: index.name)").run()
        }
        return deferred
    }

    /// The indexes set aside, by name.
    var names: [String] { definitions.map(\.name) }

    /// Recreates what `setAside` dropped, from the definitions the database reported.
    func rebuild(sql: any SQLDatabase) async throws {
        for index in definitions {
            try await sql.raw("\(unsafeRaw: index.create)").run()
        }
    }

    /// Index names and their `CREATE INDEX` statements, as the catalogue holds them.
    static func secondaryIndexes(of table: String, sql: any SQLDatabase) async throws -> [(name: String, create: String)] {
        let rows: [any SQLRow]
        if sql.dialect.name == "postgresql" {
            // Indexes that back a constraint (primary key, UNIQUE constraint) cannot be dropped alone.
            rows = try await sql.raw("""
                SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
                FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_class t ON t.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE t.relname = \(bind: table) AND n.nspname = current_schema()
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
                ORDER BY i.relname
                """).all()
        } else {
            // SQLite's automatic indexes (primary key, UNIQUE constraints) have no SQL text.
            rows = try await sql.raw("""
                SELECT name, sql AS definition FROM sqlite_master
                WHERE type = 'index' AND tbl_name = \(bind: table) AND sql IS NOT NULL
                ORDER BY name
                """).all()
        }
        return try rows.map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "definition", as: String.self)) }
    }
}
