import Fluent
import SQLKit

/// Program enrollments with the members they cover, the staff at each step (for 人情保
/// checks) and recorded voluntary choices.
struct M001_CreateEnrollments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("enrollments")
            .id()
            .field("region_code", .string, .required)
            .field("household_id", .uuid, .required, .references("households", "id"))
            .field("certificate_no", .string, .required)
            .field("program", .string, .required)
            .field("status", .string, .required)
            .field("coverage", .string, .required)
            .field("monthly_amount_fen", .int64, .required)
            .field("categories", .string, .required)
            .field("review_class", .string)
            .field("started_on", .string, .required)
            .field("start_reason", .string)
            .field("ended_on", .string)
            .field("end_reason", .string)
            .field("next_review_on", .string)
            .field("accepted_by", .uuid, .references("staff", "id"))
            .field("investigated_by", .uuid, .references("staff", "id"))
            .field("approved_by", .uuid, .references("staff", "id"))
            .field("care_form", .string)
            .field("voluntary_choice", .string)
            .field("updated_at", .datetime, .required)
            .unique(on: "certificate_no")
            .create()

        try await database.schema("enrollment_members")
            .field("enrollment_id", .uuid, .required, .references("enrollments", "id"))
            .field("person_id", .uuid, .required, .references("persons", "id"))
            .field("region_code", .string, .required)
            .compositeIdentifier(over: "enrollment_id", "person_id")
            .create()

        let sql = database as! any SQLDatabase
        try await sql.create(index: "enrollments_region_idx").on("enrollments").column("region_code").run()
        try await sql.create(index: "enrollments_household_idx").on("enrollments").column("household_id").run()
        try await sql.create(index: "enrollment_members_person_idx").on("enrollment_members").column("person_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("enrollment_members").delete()
        try await database.schema("enrollments").delete()
    }
}
