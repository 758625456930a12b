import Fluent
import SQLKit

/// Every login deletes expired tokens (`AccessTokenStore.purgeExpired`); the index keeps
/// that a range scan instead of a pass over every live session.
struct M005_AccessTokenExpiryIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "access_tokens_expiry_idx").on("access_tokens").column("expires_at_ms").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "access_tokens_expiry_idx").run()
    }
}
