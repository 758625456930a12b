import Fluent
import SQLKit

/// Cross-check runs and their findings. A run records which rules (with their versions)
/// and which batches it used. A finding is keyed by rule + subject + source record
/// (`finding_key`, unique), so running again never adds a second finding for the same
/// problem; its evidence is kept with a hash, and a finding whose evidence changed
/// between runs says so. Both tables are keyed by region like every case table.
struct M008_CrossCheckRuns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("crosscheck_runs")
            .id()
            .field("region_code", .string, .required)
            .field("rules", .string, .required)
            .field("batches", .string, .required)
            .field("started_by", .uuid, .required, .references("users", "id"))
            .field("started_at", .datetime, .required)
            .field("finished_at", .datetime, .required)
            .field("roll_rows", .int64, .required)
            .field("hits", .int64, .required)
            .field("findings_new", .int64, .required)
            .field("findings_changed", .int64, .required)
            .field("findings_unchanged", .int64, .required)
            .create()
        try await database.schema("findings")
            .id()
            .field("region_code", .string, .required)
            .field("rule", .string, .required)
            .field("finding_key", .string, .required)
            .field("person_id", .uuid, .required, .references("persons", "id"))
            .field("enrollment_id", .uuid, .required, .references("enrollments", "id"))
            .field("source_key", .string, .required)
            .field("evidence_json", .string, .required)
            .field("evidence_sha256", .string, .required)
            .field("evidence_changed", .bool, .required)
            .field("first_run_id", .uuid, .required, .references("crosscheck_runs", "id"))
            .field("last_run_id", .uuid, .required, .references("crosscheck_runs", "id"))
            .field("first_seen_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "finding_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "findings_region_rule_idx").on("findings").column("region_code").column("rule").run()
        try await sql.create(index: "crosscheck_runs_region_idx").on("crosscheck_runs").column("region_code").column("started_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("findings").delete()
        try await database.schema("crosscheck_runs").delete()
    }
}
