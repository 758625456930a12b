import Fluent
import SQLKit

/// Connection settings for a bulk write.
///
/// Inside the transaction (`prepare`): SQLite's default page cache (2 MB) makes a
/// million-row transaction spill pages to disk and re-read them (512 MiB still spilled
/// on a million persons), and its statement journals go to temporary files; a larger
/// cache and in-memory temporaries keep the import in memory until commit.
///
/// Around the transaction (`run`): a large load on SQLite runs without foreign-key
/// enforcement. With it, every membership row looks up its person and its household
/// in their primary-key indexes (and every household its head): two million index
/// descents on a million-person roll, 2.5 to 3 s of it. The references a load writes
/// are its own: every key comes either from a row the same plan inserts or from a row
/// the same transaction read, so the check could only catch a bug in the planner. Small
/// loads, which every test makes, keep enforcement on, and PostgreSQL always checks,
/// so the planner stays covered by the database on both. `PRAGMA foreign_keys` is a
/// no-op inside a transaction, hence the connection-level switch around it.
enum BulkSession {
    /// From this many file rows on, an import counts as a large load.
    static let largeLoadRows = DeferredIndexes.minimumRows

    static func prepare(_ sql: any SQLDatabase, cacheKiB: Int = 1_048_576) async throws {
        guard sql.dialect.name == "sqlite" else { return }
        // A ceiling: 1 GiB by default, enough for a million-person roll.
        try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(-cacheKiB))").run()
        // SQLite refuses this inside a transaction once the connection's temporary database
        // is open (an ALTER TABLE … RENAME opens it, as migration 009 does); the setting only
        // speeds up large loads, so a connection that cannot take it goes on without it.
        do { try await sql.raw("PRAGMA temp_store = MEMORY").run() } catch {}
        // Another process (the server while the CLI imports) may hold the write lock briefly.
        try await sql.raw("PRAGMA busy_timeout = 30000").run()
    }

    /// Runs `body` on one connection; on SQLite a large load runs it with foreign-key
    /// enforcement off, switched back on afterwards whatever the outcome, and the cache and
    /// temporary store `prepare` set go back to SQLite's defaults: the connection returns to
    /// the pool, and a 1 GiB ceiling left on it would let a long-running server's cache fill to
    /// that. The busy timeout stays: a bounded wait for another writer, where SQLiteNIO's own
    /// handler retries without end.
    static func run<T: Sendable>(on database: any Database, largeLoad: Bool,
                                 _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard (database as? any SQLDatabase)?.dialect.name == "sqlite" else { return try await body(database) }
        return try await database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            if largeLoad { try await sql.raw("PRAGMA foreign_keys = OFF").run() }
            let result: T
            do {
                result = try await body(connection)
            } catch {
                // The body's error is the one to report; a failed restore is secondary.
                try? await restore(sql, largeLoad: largeLoad)
                throw error
            }
            try await restore(sql, largeLoad: largeLoad)
            return result
        }
    }

    private static func restore(_ sql: any SQLDatabase, largeLoad: Bool) async throws {
        if largeLoad { try await sql.raw("PRAGMA foreign_keys = ON").run() }
        try await sql.raw("PRAGMA cache_size = -2000").run()  // SQLite's default
        do { try await sql.raw("PRAGMA temp_store = DEFAULT").run() } catch {}
    }
}
