import Fluent
import SQLKit

/// Imports started from the web page: one row per finished job, with its counts and,
/// for a rejected file, the error report (the issues as JSON), so the user can download
/// the report again later and after a restart. Keyed by the uploader's region like every
/// case table; rows older than the retention setting are deleted as new ones arrive.
struct M006_ImportJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_jobs")
            .id()
            .field("region_code", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("kind", .string, .required)
            .field("file_name", .string, .required)
            .field("file_sha256", .string, .required)
            .field("legacy", .bool, .required)
            .field("status", .string, .required)
            .field("batch_id", .uuid)
            .field("rows_total", .int, .required)
            .field("rows_added", .int, .required)
            .field("rows_changed", .int, .required)
            .field("rows_unchanged", .int, .required)
            .field("ids_flagged", .int, .required)
            .field("error_count", .int, .required)
            .field("warning_count", .int, .required)
            .field("issues_json", .string, .required)
            .field("started_at_ms", .int64, .required)
            .field("finished_at_ms", .int64, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "import_jobs_user_idx").on("import_jobs").column("user_id").column("finished_at_ms").run()
        try await sql.create(index: "import_jobs_finished_idx").on("import_jobs").column("finished_at_ms").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("import_jobs").delete()
    }
}
