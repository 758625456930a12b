import Vapor
import DoudiDomain
import Foundation
import SQLKit

/// Web sessions and API tokens: random 256-bit secrets handed to the client once and
/// stored only as SHA-256 hashes. A session also carries the CSRF token its forms embed.
struct AccessTokenStore {
    enum Kind: String, Sendable { case session, api }

    struct Issued: Sendable {
        let token: String
        let expiresAt: Date
    }

    let sql: any SQLDatabase

    /// A session gets a CSRF token for its forms; an API token needs none (it is never
    /// sent by a browser on its own), so it stores an empty one.
    func issue(for userID: UUID, kind: Kind, lifetime: TimeInterval, at now: Date) async throws -> Issued {
        let issued = Issued(token: Self.randomToken(), expiresAt: now.addingTimeInterval(lifetime))
        try await sql.insert(into: "access_tokens")
            .columns("token_hash", "user_id", "kind", "csrf_token", "created_at_ms", "expires_at_ms")
            .values(SQLBind(Self.hash(issued.token)), SQLBind(userID), SQLBind(kind.rawValue),
                    SQLBind(kind == .session ? Self.randomToken() : ""),
                    SQLBind(now.millisSince1970), SQLBind(issued.expiresAt.millisSince1970))
            .run()
        return issued
    }

    /// The login a live token of `kind` stands for, in one query; nil when unknown, of the
    /// other kind, expired, or the account is disabled. A lock does not end sessions: it
    /// stops password guessing, and must not let a guesser log the real user out.
    func resolve(_ token: String, kind: Kind, at now: Date) async throws -> LoginContext? {
        guard token.utf8.count == 43 else { return nil }
        let hash = Self.hash(token)
        guard let row = try await sql.select()
            .columns(UserStore.columns.map { SQLAlias(SQLColumn($0, table: "u"), as: SQLIdentifier($0)) })
            .column(SQLColumn("csrf_token", table: "t"))
            .from(SQLAlias(SQLIdentifier("access_tokens"), as: SQLIdentifier("t")))
            .join(SQLAlias(SQLIdentifier("users"), as: SQLIdentifier("u")), on: SQLColumn("user_id", table: "t"), .equal, SQLColumn("id", table: "u"))
            .where(SQLColumn("token_hash", table: "t"), .equal, SQLBind(hash))
            .where(SQLColumn("kind", table: "t"), .equal, SQLBind(kind.rawValue))
            .where(SQLColumn("expires_at_ms", table: "t"), .greaterThan, SQLBind(now.millisSince1970))
            .where(SQLColumn("is_active", table: "u"), .equal, SQLBind(true))
            .first()
        else { return nil }
        return LoginContext(account: try UserStore.decode(row), tokenHash: hash, csrfToken: try row.decode(column: "csrf_token", as: String.self))
    }

    func revoke(hash: String) async throws {
        try await sql.delete(from: "access_tokens").where("token_hash", .equal, hash).run()
    }

    /// Ends every session and token of a user (password change, disable, rescope), except
    /// the one being used when the user changes their own password.
    func revokeAll(of userID: UUID, except kept: String? = nil) async throws {
        var delete = sql.delete(from: "access_tokens").where("user_id", .equal, userID)
        if let kept { delete = delete.where("token_hash", .notEqual, kept) }
        try await delete.run()
    }

    func purgeExpired(at now: Date) async throws {
        try await sql.delete(from: "access_tokens").where("expires_at_ms", .lessThanOrEqual, now.millisSince1970).run()
    }

    /// 32 random bytes, base64url without padding (43 characters).
    static func randomToken() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        return bytes.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256Hex.of(Data(token.utf8))
    }
}
