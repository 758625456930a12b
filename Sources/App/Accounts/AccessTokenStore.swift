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
        let csrfToken: String
        let expiresAt: Date
    }

    /// What a presented token resolves to: an active account's caller and the token's state.
    struct Resolved: Sendable {
        let account: UserAccount
        let kind: Kind
        let csrfToken: String
        let tokenHash: String
    }

    let sql: any SQLDatabase

    func issue(for userID: UUID, kind: Kind, lifetime: TimeInterval, at now: Date) async throws -> Issued {
        let token = Self.randomToken()
        let issued = Issued(token: token, csrfToken: Self.randomToken(), expiresAt: now.addingTimeInterval(lifetime))
        try await sql.insert(into: "access_tokens")
            .columns("token_hash", "user_id", "kind", "csrf_token", "created_at_ms", "expires_at_ms")
            .values(SQLBind(Self.hash(token)), SQLBind(userID), SQLBind(kind.rawValue), SQLBind(issued.csrfToken),
                    SQLBind(UserStore.millis(now)), SQLBind(UserStore.millis(issued.expiresAt)))
            .run()
        return issued
    }

    /// The live token's account; nil when unknown, expired, or the account is disabled or locked.
    func resolve(_ token: String, at now: Date) async throws -> Resolved? {
        guard token.utf8.count == 43 else { return nil }
        let hash = Self.hash(token)
        guard let row = try await sql.select().columns("user_id", "kind", "csrf_token", "expires_at_ms").from("access_tokens")
            .where("token_hash", .equal, hash).first(),
            try row.decode(column: "expires_at_ms", as: Int64.self) > UserStore.millis(now),
            let kind = Kind(rawValue: try row.decode(column: "kind", as: String.self)),
            let account = try await UserStore(sql: sql).account(id: try row.decode(column: "user_id", as: UUID.self)),
            account.isActive, !account.isLocked(at: now)
        else { return nil }
        return Resolved(account: account, kind: kind, csrfToken: try row.decode(column: "csrf_token", as: String.self), tokenHash: hash)
    }

    func revoke(hash: String) async throws {
        try await sql.delete(from: "access_tokens").where("token_hash", .equal, hash).run()
    }

    /// Ends every session and token of a user (password change, disable, rescope).
    func revokeAll(of userID: UUID) async throws {
        try await sql.delete(from: "access_tokens").where("user_id", .equal, userID).run()
    }

    func purgeExpired(at now: Date) async throws {
        try await sql.delete(from: "access_tokens").where("expires_at_ms", .lessThanOrEqual, UserStore.millis(now)).run()
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
