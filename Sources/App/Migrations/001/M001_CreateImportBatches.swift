import Fluent

/// One row per bulk import: who, when, which file (by hash) and the counts. Per-row
/// before-images go to `change_log` with the batch id, so a batch costs one history
/// row per changed record, never one per field.
struct M001_CreateImportBatches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_batches")
            .id()
            .field("region_code", .string, .required)
            .field("kind", .string, .required)
            .field("file_name", .string, .required)
            .field("file_sha256", .string, .required)
            .field("legacy", .bool, .required)
            .field("rows_total", .int64, .required)
            .field("rows_added", .int64, .required)
            .field("rows_changed", .int64, .required)
            .field("rows_unchanged", .int64, .required)
            .field("ids_flagged", .int64, .required)
            .field("imported_by", .uuid, .required, .references("users", "id"))
            .field("imported_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("import_batches").delete()
    }
}
