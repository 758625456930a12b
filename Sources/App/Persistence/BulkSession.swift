import SQLKit

/// Connection settings for a bulk write, applied at the start of its transaction.
/// SQLite's default page cache (2 MB) makes a million-row transaction spill pages to
/// disk and re-read them (512 MiB still spilled on a million persons), and its
/// statement journals go to temporary files; a larger
/// cache and in-memory temporaries keep the import in memory until commit.
/// PostgreSQL needs nothing here.
enum BulkSession {
    static func prepare(_ sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA cache_size = -1048576").run()  // 1 GiB (a ceiling, in KiB), enough for a million-person roll
        try await sql.raw("PRAGMA temp_store = MEMORY").run()
        // Another process (the server while the CLI imports) may hold the write lock briefly.
        try await sql.raw("PRAGMA busy_timeout = 30000").run()
    }
}
