import Fluent
import SQLKit

/// Adjudication of findings. A finding carries its current decision (`status`: open,
/// confirmed, false_positive, field_check, or reopened when its evidence changed after a
/// decision), who decided, when and why, and the evidence the decision was made on, so a
/// reopened finding shows what changed. Every decision is also kept, never overwritten, in
/// `finding_decisions`. `rectification_key` is the hand-off to the rectification ledger
/// (整改台账): a confirmed finding with none is waiting to be taken up. A run keeps its
/// counts per rule for its summary.
struct M009_FindingDecisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema("findings").field("status", .string, .required, .sql(.default("open"))).update()
        try await database.schema("findings").field("decided_by", .uuid, .references("users", "id")).update()
        try await database.schema("findings").field("decided_at", .datetime).update()
        try await database.schema("findings").field("decision_reason", .string).update()
        try await database.schema("findings").field("decided_evidence_json", .string).update()
        try await database.schema("findings").field("reopened_at", .datetime).update()
        try await database.schema("findings").field("rectification_key", .string).update()
        // A run's counts per rule (JSON: code → new, changed, reopened, unchanged), for its summary page.
        try await database.schema("crosscheck_runs").field("counts_json", .string).update()
        try await database.schema("finding_decisions")
            .id()
            .field("finding_id", .uuid, .required, .references("findings", "id"))
            .field("region_code", .string, .required)
            .field("decision", .string, .required)
            .field("reason", .string, .required)
            .field("decided_by", .uuid, .required, .references("users", "id"))
            .field("decided_at", .datetime, .required)
            .field("evidence_sha256", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "findings_region_status_idx").on("findings").column("region_code").column("status").run()
        try await sql.create(index: "finding_decisions_finding_idx").on("finding_decisions").column("finding_id").column("decided_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("finding_decisions").delete()
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "findings_region_status_idx").run()
        try await sql.alter(table: "crosscheck_runs").dropColumn(SQLIdentifier("counts_json")).run()
        for column in ["status", "decided_by", "decided_at", "decision_reason", "decided_evidence_json", "reopened_at", "rectification_key"] {
            try await sql.alter(table: "findings").dropColumn(SQLIdentifier(column)).run()
        }
    }
}
