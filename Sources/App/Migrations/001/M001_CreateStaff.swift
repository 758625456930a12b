import Fluent
import SQLKit

/// The roster of caseworkers and village officials, with their own ID numbers,
/// because 近亲属 of staff must be filed and cross-checked (policy reference §1.6).
struct M001_CreateStaff: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("staff")
            .id()
            .field("region_code", .string, .required)
            .field("staff_no", .string, .required)
            .field("name", .string, .required)
            .field("id_number", .string, .required)
            .field("id_status", .string, .required)
            .field("id_key", .int64)
            .field("post", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "staff_no")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "staff_region_idx").on("staff").column("region_code").run()
        try await sql.create(index: "staff_id_key_idx").on("staff").column("id_key").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("staff").delete()
    }
}
