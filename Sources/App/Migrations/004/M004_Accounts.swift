import Fluent
import SQLKit

/// Accounts get credentials: a bcrypt hash, a failure counter and a lock for the
/// lockout rule, and whether the password was set by an administrator (then it must
/// be changed at first login). `access_tokens` holds web sessions and API tokens,
/// only as SHA-256 hashes, so a copy of the database yields no usable token.
struct M004_Accounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .field("password_hash", .string)
            .update()
        try await database.schema("users")
            .field("failed_logins", .int, .required, .sql(.default(0)))
            .update()
        try await database.schema("users")
            .field("locked_until_ms", .int64)
            .update()
        try await database.schema("users")
            .field("must_change_password", .bool, .required, .sql(.default(false)))
            .update()
        try await database.schema("access_tokens")
            .field("token_hash", .string, .identifier(auto: false))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("kind", .string, .required)
            .field("csrf_token", .string, .required)
            .field("created_at_ms", .int64, .required)
            .field("expires_at_ms", .int64, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "access_tokens_user_idx").on("access_tokens").column("user_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("access_tokens").delete()
        for column in ["must_change_password", "locked_until_ms", "failed_logins", "password_hash"] {
            try await database.schema("users").deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
