import DoudiDomain
import Foundation
import SQLKit

/// Accounts as the data layer knows them: lookup by name or key, listing within an
/// administrator's area, and the updates that logins and administrators make.
struct UserStore {
    let sql: any SQLDatabase

    struct NewUser {
        var username: String
        var displayName: String
        var role: Role
        var scope: RegionCode
        var passwordHash: String? = nil
        var mustChangePassword = false
    }

    static let columns = ["id", "username", "display_name", "role", "region_code", "is_active", "password_hash",
                          "failed_logins", "locked_until_ms", "must_change_password"]

    @discardableResult
    func create(_ user: NewUser, at now: Date = Date()) async throws -> Caller {
        let id = OrderedUUID.make()
        try await sql.insert(into: "users")
            .columns("id", "username", "display_name", "role", "region_code", "is_active", "created_at",
                     "password_hash", "failed_logins", "must_change_password")
            .values(SQLBind(id), SQLBind(user.username), SQLBind(user.displayName), SQLBind(user.role.rawValue),
                    SQLBind(user.scope.value), SQLBind(true), SQLBind(now), SQLBind(user.passwordHash), SQLBind(0),
                    SQLBind(user.mustChangePassword))
            .run()
        return Caller(userID: id, username: user.username, role: user.role, scope: user.scope)
    }

    /// The active user named `username`, as a caller; nil when unknown or disabled.
    func caller(named username: String) async throws -> Caller? {
        guard let account = try await account(named: username), account.isActive else { return nil }
        return account.caller
    }

    func account(named username: String) async throws -> UserAccount? {
        try await select().where("username", .equal, username).first().map(Self.decode)
    }

    func account(id: UUID) async throws -> UserAccount? {
        try await select().where("id", .equal, id).first().map(Self.decode)
    }

    /// Accounts whose scope lies within `scope` (an administrator manages only those).
    func accounts(within scope: RegionCode) async throws -> [UserAccount] {
        try await select().within(scope).orderBy("region_code").orderBy("username").all().map(Self.decode)
    }

    func hasAnyUser() async throws -> Bool {
        try await sql.select().column("id").from("users").limit(1).first() != nil
    }

    func setPassword(of id: UUID, hash: String, mustChange: Bool) async throws {
        try await sql.update("users").set("password_hash", to: SQLBind(hash)).set("must_change_password", to: SQLBind(mustChange))
            .set("failed_logins", to: SQLBind(0)).set("locked_until_ms", to: SQLLiteral.null)
            .where("id", .equal, id).run()
    }

    /// The login state as stored, read after taking the row's write lock (a no-op update:
    /// the row lock on PostgreSQL, the database write lock on SQLite), so the caller's
    /// transaction sees and writes it without a parallel login in between.
    func lockedForUpdate(_ id: UUID) async throws -> (failures: Int, lockedUntil: Date?)? {
        try await sql.update("users").set("failed_logins", to: SQLColumn("failed_logins")).where("id", .equal, id).run()
        return try await sql.select().columns("failed_logins", "locked_until_ms").from("users").where("id", .equal, id).first().map {
            (try $0.decode(column: "failed_logins", as: Int.self),
             try $0.decode(column: "locked_until_ms", as: Int64?.self).map(Date.init(millisSince1970:)))
        }
    }

    func setLoginState(of id: UUID, failures: Int, lockedUntil: Date?) async throws {
        try await sql.update("users").set("failed_logins", to: SQLBind(failures))
            .set("locked_until_ms", to: SQLBind(lockedUntil.map(\.millisSince1970)))
            .where("id", .equal, id).run()
    }

    func setActive(_ active: Bool, of id: UUID) async throws {
        try await sql.update("users").set("is_active", to: SQLBind(active)).where("id", .equal, id).run()
    }

    func setScope(_ scope: RegionCode, role: Role, of id: UUID) async throws {
        try await sql.update("users").set("region_code", to: SQLBind(scope.value)).set("role", to: SQLBind(role.rawValue))
            .where("id", .equal, id).run()
    }

    private func select() -> SQLSelectBuilder {
        sql.select().columns(Self.columns.map { SQLColumn($0) }).from("users")
    }

    static func decode(_ row: any SQLRow) throws -> UserAccount {
        let roleText = try row.decode(column: "role", as: String.self)
        let scopeText = try row.decode(column: "region_code", as: String.self)
        guard let role = Role(rawValue: roleText), let scope = RegionCode(scopeText) else {
            throw DataIntegrityError(message: "users row has an unknown role or region")
        }
        return UserAccount(
            id: try row.decode(column: "id", as: UUID.self),
            username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            role: role, scope: scope,
            isActive: try row.decode(column: "is_active", as: Bool.self),
            passwordHash: try row.decode(column: "password_hash", as: String?.self),
            failedLogins: try row.decode(column: "failed_logins", as: Int.self),
            lockedUntil: try row.decode(column: "locked_until_ms", as: Int64?.self).map(Date.init(millisSince1970:)),
            mustChangePassword: try row.decode(column: "must_change_password", as: Bool.self))
    }
}

extension UserStore {
    /// Usernames by key, for showing who did what (history, audit log).
    func usernames(_ ids: Set<UUID>) async throws -> [UUID: String] {
        var names: [UUID: String] = [:]
        for row in try await chunkedLookup(Array(ids), { chunk in
            try await sql.select().columns("id", "username").from("users").where("id", .in, chunk).all()
        }) { names[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "username", as: String.self) }
        return names
    }
}
