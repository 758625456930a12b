import Fluent
import SQLKit

/// Household membership over time, with the relationship to the head and the 57号 art 7
/// basis for counting the member. A person has at most one current membership: the
/// partial unique index enforces it in the database, not only in code.
struct M001_CreateMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("memberships")
            .id()
            .field("region_code", .string, .required)
            .field("household_id", .uuid, .required, .references("households", "id"))
            .field("person_id", .uuid, .required, .references("persons", "id"))
            .field("relationship", .string, .required)
            .field("basis", .string)
            .field("counted", .bool, .required)
            .field("started_on", .string)
            .field("ended_on", .string)
            .create()
        let sql = database as! any SQLDatabase
        // Portable partial index: both SQLite and PostgreSQL accept this statement.
        try await sql.raw("CREATE UNIQUE INDEX memberships_one_current_idx ON memberships (person_id) WHERE ended_on IS NULL").run()
        try await sql.create(index: "memberships_household_idx").on("memberships").column("household_id").run()
        try await sql.create(index: "memberships_region_idx").on("memberships").column("region_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("memberships").delete()
    }
}
