import SQLKit

/// Connection settings for a region-wide read (a province's households: millions of rows
/// in a few passes). SQLite's default page cache (2 MB) re-reads the same index pages
/// from the file again and again over such a read, and its temporary b-trees spill to
/// temporary files; a larger cache and temporaries in memory keep it off the disk. The
/// connection goes back to the pool, so `finish` returns it to the defaults (a cache left
/// at 256 MiB would stay filled on a long-running server). PostgreSQL needs none.
enum ReadSession {
    static func prepare(_ sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA cache_size = -262144").run()  // 256 MiB (a ceiling, in KiB)
        // Refused once the connection's temporary database is open; only a speed-up.
        do { try await sql.raw("PRAGMA temp_store = MEMORY").run() } catch {}
    }

    static func finish(_ sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA cache_size = -2000").run()  // SQLite's default
        do { try await sql.raw("PRAGMA temp_store = DEFAULT").run() } catch {}
    }
}
