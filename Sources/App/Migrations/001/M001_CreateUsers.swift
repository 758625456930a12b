import Fluent

/// The people who act in the system. Every write, from the web or the CLI (`--as USER`),
/// is attributed to one of them and limited to their region scope.
struct M001_CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("role", .string, .required)
            .field("region_code", .string, .required)
            .field("is_active", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").delete()
    }
}
