import Fluent
import SQLKit

/// The natural keys imports match records on (docs/import-templates.md §4–§8) become
/// unique in the database too, so that no path (a concurrent import, a later bulk job,
/// a hand-written fix) can leave two rows for one record. Nullable key parts are
/// wrapped in COALESCE because both engines treat NULLs as distinct in unique indexes.
struct M002_UniqueRecordKeys: AsyncMigration {
    static let indexes: [(name: String, table: String, expression: String)] = [
        ("income_records_natural_key_idx", "income_records", "person_id, category, item, from_month"),
        ("asset_records_natural_key_idx", "asset_records",
         "person_id, kind, COALESCE(description, ''), COALESCE(acquired_on, ''), verified_on"),
        ("person_relations_natural_key_idx", "person_relations", "person_id, related_id_number, kind"),
        ("adl_assessments_natural_key_idx", "adl_assessments", "person_id, assessed_on"),
        ("bank_accounts_natural_key_idx", "bank_accounts", "person_id, account_no"),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            try await sql.raw("CREATE UNIQUE INDEX \(unsafeRaw: index.name) ON \(unsafeRaw: index.table) (\(unsafeRaw: index.expression))").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            try await sql.raw("DROP INDEX \(unsafeRaw: index.name)").run()
        }
    }
}
