import Fluent
import Foundation
import SQLKit

/// The registry's generation: a number that moves with every committed write to the tables
/// the roll and the household rules read, kept by the database itself (triggers), so no write path, web,
/// import or CLI, can forget it. A snapshot of the registry (`HouseholdSnapshot`) is valid
/// while the generation it was read at is still current.
///
/// SQLite serialises writers, so one counter row is bumped per row written (about half a
/// microsecond). PostgreSQL writers run concurrently, and a shared counter row would make
/// every registry write wait for the longest open import; there each statement appends a
/// row to `registry_changes`, and the generation is how many of them a reader sees
/// (a count, not the highest id: ids are taken before commit and commit out of order; rows
/// are folded into one of the same weight and nonce now and then: `RegistryGeneration.compact`).
/// The change row goes to the written table's own schema, whatever the writer's search path.
/// `bit_xor` needs PostgreSQL 14 or later. On PostgreSQL `registry_generation` holds only the
/// instance (its `value` and `nonce` stay 0; the generation is read from `registry_changes`).
/// `instance` tells databases apart: two databases at the same generation share no snapshot.
/// `nonce` is random with every write (SQLite: the last write's; PostgreSQL: the XOR of every
/// change row's), so a database restored from a backup and written to as many times as the
/// snapshot's database was never arrives at a snapshot's stamp by counting alone.
struct M011_RegistryGeneration: AsyncMigration {
    static let tables = ["households", "memberships", "persons", "income_records", "asset_records", "enrollments",
                         "enrollment_members", "bank_accounts", "payments"]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let instance = UUID().uuidString.lowercased()
        try await sql.raw("""
            CREATE TABLE registry_generation (id INTEGER PRIMARY KEY, instance TEXT NOT NULL, value BIGINT NOT NULL, nonce BIGINT NOT NULL)
            """).run()
        try await sql.raw("INSERT INTO registry_generation (id, instance, value, nonce) VALUES (1, \(bind: instance), 0, 0)").run()
        if sql.dialect.name == "sqlite" {
            for table in Self.tables {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try await sql.raw("""
                        CREATE TRIGGER \(unsafeRaw: table)_generation_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: table)
                        BEGIN UPDATE registry_generation SET value = value + 1, nonce = random() WHERE id = 1; END
                        """).run()
                }
            }
        } else {
            // 2^62: random() × this stays inside a bigint.
            try await sql.raw("""
                CREATE TABLE registry_changes (id BIGSERIAL PRIMARY KEY, weight BIGINT NOT NULL DEFAULT 1,
                                               nonce BIGINT NOT NULL DEFAULT (random() * 4611686018427387904)::bigint)
                """).run()
            try await sql.raw("""
                CREATE FUNCTION registry_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN EXECUTE format('INSERT INTO %I.registry_changes DEFAULT VALUES', TG_TABLE_SCHEMA); RETURN NULL; END $$
                """).run()
            for table in Self.tables {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(unsafeRaw: table)
                    FOR EACH STATEMENT EXECUTE FUNCTION registry_change()
                    """).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            for table in Self.tables {
                for event in ["insert", "update", "delete"] { try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_generation_\(unsafeRaw: event)").run() }
            }
        } else {
            for table in Self.tables { try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_generation ON \(unsafeRaw: table)").run() }
            try await sql.raw("DROP FUNCTION IF EXISTS registry_change()").run()
            try await sql.raw("DROP TABLE IF EXISTS registry_changes").run()
        }
        try await sql.raw("DROP TABLE IF EXISTS registry_generation").run()
    }
}
