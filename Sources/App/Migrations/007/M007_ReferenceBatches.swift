import Fluent
import SQLKit

/// One row per committed reference batch: its kind, the department it came from and the
/// date its data is as of, the validated file by content hash (the file and its column
/// cache live in the data directory under that hash), and the row counts. A batch is
/// written here only after its files are complete, so a batch row always has its files;
/// an interrupted import leaves no row. Keyed by the importer's region like every case table.
struct M007_ReferenceBatches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("reference_batches")
            .id()
            .field("region_code", .string, .required)
            .field("kind", .string, .required)
            .field("source_department", .string, .required)
            .field("as_of", .string, .required)
            .field("file_name", .string, .required)
            .field("upload_sha256", .string, .required)
            .field("content_sha256", .string, .required)
            .field("rows_total", .int64, .required)
            .field("rows_valid", .int64, .required)
            .field("rows_rejected", .int64, .required)
            .field("imported_by", .uuid, .required, .references("users", "id"))
            .field("imported_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "reference_batches_kind_idx").on("reference_batches").column("region_code").column("kind")
            .column("as_of").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("reference_batches").delete()
    }
}
