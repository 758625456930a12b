import Fluent
import SQLKit

/// The tamper-evident audit log (every write, login and full-ID display) and its anchor.
/// `seq` is the chain position, assigned by `AuditLog.append`; `region_code` lets
/// inspectors search within their area. The anchor is a single row (id = 1).
struct M003_CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log")
            .field("seq", .int64, .identifier(auto: false))
            .field("at_ms", .int64, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("region_code", .string, .required)
            .field("action", .string, .required)
            .field("subject_kind", .string, .required)
            .field("subject_key", .string, .required)
            .field("origin", .string, .required)
            .field("detail", .string, .required)
            .field("previous_seal", .string, .required)
            .field("seal", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_log_region_idx").on("audit_log").column("region_code").column("seq").run()
        try await sql.create(index: "audit_log_actor_idx").on("audit_log").column("actor_id").run()
        try await database.schema("audit_anchor")
            .field("id", .int, .identifier(auto: false))
            .field("head_seq", .int64, .required)
            .field("head_seal", .string, .required)
            .field("mac", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_anchor").delete()
        try await database.schema("audit_log").delete()
    }
}
