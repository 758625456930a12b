import DoudiDomain
import Foundation
import SQLKit

/// Users as the data layer knows them: enough to resolve `--as USER` into a scoped
/// `Caller`. Passwords, sessions and tokens come with the accounts feature.
struct UserStore {
    let sql: any SQLDatabase

    struct NewUser {
        var username: String
        var displayName: String
        var role: Role
        var scope: RegionCode
    }

    @discardableResult
    func create(_ user: NewUser, at now: Date = Date()) async throws -> Caller {
        let id = OrderedUUID.make()
        try await sql.insert(into: "users")
            .columns("id", "username", "display_name", "role", "region_code", "is_active", "created_at")
            .values(SQLBind(id), SQLBind(user.username), SQLBind(user.displayName), SQLBind(user.role.rawValue),
                    SQLBind(user.scope.value), SQLBind(true), SQLBind(now))
            .run()
        return Caller(userID: id, username: user.username, role: user.role, scope: user.scope)
    }

    /// The active user named `username`, as a caller; nil when unknown or disabled.
    func caller(named username: String) async throws -> Caller? {
        guard let row = try await sql.select()
            .columns("id", "username", "role", "region_code", "is_active")
            .from("users")
            .where("username", .equal, username)
            .first()
        else { return nil }
        guard try row.decode(column: "is_active", as: Bool.self),
              let role = Role(rawValue: try row.decode(column: "role", as: String.self)),
              let scope = RegionCode(try row.decode(column: "region_code", as: String.self))
        else { return nil }
        return Caller(userID: try row.decode(column: "id", as: UUID.self), username: username, role: role, scope: scope)
    }
}
