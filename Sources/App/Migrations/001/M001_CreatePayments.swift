import Fluent
import SQLKit

/// The monthly payment ledger: one row per enrollment and month, importable from the
/// bank's or 一本通's records.
struct M001_CreatePayments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("payments")
            .id()
            .field("region_code", .string, .required)
            .field("enrollment_id", .uuid, .required, .references("enrollments", "id"))
            .field("month", .string, .required)
            .field("amount_fen", .int64, .required)
            .field("paid_on", .string)
            .field("status", .string, .required)
            .field("reference", .string)
            .unique(on: "enrollment_id", "month")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "payments_region_month_idx").on("payments").column("region_code").column("month").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("payments").delete()
    }
}
