import Fluent
import SQLKit

/// History of every change: who, when, what it was before. A single-record edit writes
/// one row; a bulk import writes one row per changed record (its before-image as JSON)
/// tagged with the batch, never one row per field.
struct M001_CreateChangeLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("change_log")
            .id()
            .field("region_code", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("action", .string, .required)
            .field("before_json", .string)
            .field("changed_by", .uuid, .required, .references("users", "id"))
            .field("changed_at", .datetime, .required)
            .field("batch_id", .uuid, .references("import_batches", "id"))
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "change_log_entity_idx").on("change_log").column("entity_id").run()
        try await sql.create(index: "change_log_region_idx").on("change_log").column("region_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("change_log").delete()
    }
}
