import Fluent
import SQLKit

/// Adjudication of findings, and findings about more than an enrollment.
///
/// A finding carries its current decision (`status`: open, confirmed, false_positive,
/// field_check, or reopened when its evidence changed after a decision), who decided, when
/// and why, and the evidence the decision was made on, so a reopened finding shows what
/// changed. Every decision is also kept, never overwritten, in `finding_decisions`.
/// `rectification_key` is the hand-off to the rectification ledger (整改台账): a confirmed
/// finding with none is waiting to be taken up. A run keeps its counts per rule.
///
/// A finding's subject may be a household with no enrollment (漏保: the household holds
/// none) or, later, a region (a village's coverage statistics), so `person_id` and
/// `enrollment_id` become optional and `household_id` is added. SQLite cannot relax a NOT
/// NULL column, so there the table is rebuilt and its rows copied (nothing refers to it yet).
struct M009_FindingDecisions: AsyncMigration {
    static let kept = ["id", "region_code", "rule", "finding_key", "person_id", "enrollment_id", "source_key", "evidence_json",
                       "evidence_sha256", "evidence_changed", "first_run_id", "last_run_id", "first_seen_at", "last_seen_at"]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            try await create("findings_v9", on: database)
            let columns = Self.kept.map { "\"\($0)\"" }.joined(separator: ", ")
            try await sql.raw("INSERT INTO findings_v9 (\(unsafeRaw: columns)) SELECT \(unsafeRaw: columns) FROM findings").run()
            try await sql.drop(table: "findings").run()
            try await sql.raw("ALTER TABLE findings_v9 RENAME TO findings").run()
            try await sql.create(index: "findings_region_rule_idx").on("findings").column("region_code").column("rule").run()
        } else {
            try await sql.raw("ALTER TABLE findings ALTER COLUMN person_id DROP NOT NULL, ALTER COLUMN enrollment_id DROP NOT NULL").run()
            try await Self.added(database.schema("findings")).update()
        }
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
        try await sql.create(index: "findings_region_status_idx").on("findings").column("region_code").column("status").run()
        try await sql.create(index: "finding_decisions_finding_idx").on("finding_decisions").column("finding_id").column("decided_at").run()
    }

    /// The findings table as M008 made it plus this migration's columns, subjects optional.
    private func create(_ table: String, on database: any Database) async throws {
        let builder = database.schema(table)
            .id()
            .field("region_code", .string, .required)
            .field("rule", .string, .required)
            .field("finding_key", .string, .required)
            .field("person_id", .uuid, .references("persons", "id"))
            .field("enrollment_id", .uuid, .references("enrollments", "id"))
            .field("source_key", .string, .required)
            .field("evidence_json", .string, .required)
            .field("evidence_sha256", .string, .required)
            .field("evidence_changed", .bool, .required)
            .field("first_run_id", .uuid, .required, .references("crosscheck_runs", "id"))
            .field("last_run_id", .uuid, .required, .references("crosscheck_runs", "id"))
            .field("first_seen_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
        try await Self.added(builder).unique(on: "finding_key").create()
    }

    /// The columns this migration adds to findings.
    private static func added(_ builder: SchemaBuilder) -> SchemaBuilder {
        builder
            .field("household_id", .uuid, .references("households", "id"))
            .field("status", .string, .required, .sql(.default("open")))
            .field("decided_by", .uuid, .references("users", "id"))
            .field("decided_at", .datetime)
            .field("decision_reason", .string)
            .field("decided_evidence_json", .string)
            .field("reopened_at", .datetime)
            .field("rectification_key", .string)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("finding_decisions").delete()
        try await sql.drop(index: "findings_region_status_idx").run()
        try await sql.alter(table: "crosscheck_runs").dropColumn(SQLIdentifier("counts_json")).run()
        for column in ["household_id", "status", "decided_by", "decided_at", "decision_reason", "decided_evidence_json", "reopened_at",
                       "rectification_key"] {
            try await sql.alter(table: "findings").dropColumn(SQLIdentifier(column)).run()
        }
    }
}
