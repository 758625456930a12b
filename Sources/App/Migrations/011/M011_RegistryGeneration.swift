import Fluent
import Foundation
import SQLKit

/// The registry's generations: for each snapshot (`RegistrySnapshotKind`: the roll's rows, the
/// households' records) a number that moves with every committed write to the tables it is
/// read from, kept by the database itself (triggers), so no write path, web, import or CLI,
/// can forget it. A snapshot is valid while the generation it was read at is still current;
/// a payment written leaves the households' snapshot current, an income the roll's.
///
/// SQLite serialises writers, so counters on one row are bumped per row written (about half a
/// microsecond). PostgreSQL writers run concurrently, and a shared counter row would make
/// every registry write wait for the longest open import; there each statement appends a
/// row to `registry_changes` marked with the snapshots it touches, and a generation is how
/// many of them a reader sees (a count, not the highest id: ids are taken before commit and
/// commit out of order; rows are folded into one of the same weight and nonce now and then:
/// `RegistryGeneration.compact`). The change row goes to the written table's own schema,
/// whatever the writer's search path. `bit_xor` needs PostgreSQL 14 or later. On PostgreSQL
/// `registry_generation` holds only the instance (its counters stay 0).
///
/// `instance` tells databases apart: two databases at the same generation share no snapshot.
/// A nonce is random with every write (SQLite: the last write's; PostgreSQL: the XOR of every
/// change row's), so a database restored from a backup and written to as many times as the
/// snapshot's database was never arrives at a snapshot's stamp by counting alone.
struct M011_RegistryGeneration: AsyncMigration {
    /// Every table either snapshot is read from.
    static var tables: [String] {
        RegistrySnapshotKind.allCases.flatMap(\.tables).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let instance = UUID().uuidString.lowercased()
        let counters = RegistrySnapshotKind.allCases.map { "\($0.rawValue)_value BIGINT NOT NULL DEFAULT 0, \($0.rawValue)_nonce BIGINT NOT NULL DEFAULT 0" }
        try await sql.raw("CREATE TABLE registry_generation (id INTEGER PRIMARY KEY, instance TEXT NOT NULL, \(unsafeRaw: counters.joined(separator: ", ")))").run()
        try await sql.raw("INSERT INTO registry_generation (id, instance) VALUES (1, \(bind: instance))").run()
        if sql.dialect.name == "sqlite" {
            for table in Self.tables {
                let bumps = RegistrySnapshotKind.allCases.filter { $0.tables.contains(table) }
                    .map { "\($0.rawValue)_value = \($0.rawValue)_value + 1, \($0.rawValue)_nonce = random()" }.joined(separator: ", ")
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try await sql.raw("""
                        CREATE TRIGGER \(unsafeRaw: table)_generation_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: table)
                        BEGIN UPDATE registry_generation SET \(unsafeRaw: bumps) WHERE id = 1; END
                        """).run()
                }
            }
        } else {
            // 2^62: random() × this stays inside a bigint.
            let marks = RegistrySnapshotKind.allCases.map { "\($0.rawValue) BOOLEAN NOT NULL" }.joined(separator: ", ")
            try await sql.raw("""
                CREATE TABLE registry_changes (id BIGSERIAL PRIMARY KEY, weight BIGINT NOT NULL DEFAULT 1, \(unsafeRaw: marks),
                                               nonce BIGINT NOT NULL DEFAULT (random() * 4611686018427387904)::bigint)
                """).run()
            let columns = RegistrySnapshotKind.allCases.map(\.rawValue).joined(separator: ", ")
            let values = RegistrySnapshotKind.allCases.indices.map { "TG_ARGV[\($0)]::boolean" }.joined(separator: ", ")
            try await sql.raw("""
                CREATE FUNCTION registry_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN EXECUTE format('INSERT INTO %I.registry_changes (\(unsafeRaw: columns)) SELECT \(unsafeRaw: RegistrySnapshotKind.allCases.indices.map { "$\($0 + 1)" }.joined(separator: ", "))', TG_TABLE_SCHEMA)
                USING \(unsafeRaw: values); RETURN NULL; END $$
                """).run()
            for table in Self.tables {
                let arguments = RegistrySnapshotKind.allCases.map { $0.tables.contains(table) ? "'true'" : "'false'" }.joined(separator: ", ")
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(unsafeRaw: table)
                    FOR EACH STATEMENT EXECUTE FUNCTION registry_change(\(unsafeRaw: arguments))
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
