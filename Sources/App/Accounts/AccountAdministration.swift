import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Vapor

/// What administrators do to accounts, and what users do to their own password. Every
/// change is checked against the actor's role and area, ends the account's open
/// sessions when it changes who may do what, and is recorded in the audit log in the
/// same transaction.
struct AccountAdministration {
    let database: any Database
    let auditKey: SymmetricKey
    let settings: AccountSettings
    /// Where the action came from (`cli`, `web:<address>`), for the audit log.
    let origin: String

    var hashing: PasswordHashing { PasswordHashing(cost: settings.bcryptCost) }

    struct Created: Sendable {
        let account: UserAccount
        let initialPassword: String
    }

    /// The first administrator of an empty installation (no actor exists yet to vouch for it).
    func bootstrap(username: String, displayName: String, scope: RegionCode, mustChangePassword: Bool = true,
                   at now: Date = Date()) async throws -> Created {
        guard try await !UserStore(sql: database as! any SQLDatabase).hasAnyUser() else { throw AccountError.alreadyBootstrapped }
        return try await insert(username: username, displayName: displayName, role: .administrator, scope: scope, actor: nil,
                                mustChangePassword: mustChangePassword, at: now)
    }

    /// A new account with a generated password, which the user must change at first login
    /// unless `mustChangePassword` is false (the demo's accounts).
    func create(username: String, displayName: String, role: Role, scope: RegionCode, by actor: Caller,
                mustChangePassword: Bool = true, at now: Date = Date()) async throws -> Created {
        try authorize(actor, over: scope)
        return try await insert(username: username, displayName: displayName, role: role, scope: scope, actor: actor,
                                mustChangePassword: mustChangePassword, at: now)
    }

    func setActive(_ active: Bool, username: String, by actor: Caller, at now: Date = Date()) async throws {
        let account = try await managedAccount(username, by: actor)
        try await write(active ? AuditAction.userEnable : AuditAction.userDisable, account: account, actor: actor, detail: "", at: now) { users, tokens in
            try await users.setActive(active, of: account.id)
            if !active { try await tokens.revokeAll(of: account.id) }
        }
    }

    func rescope(username: String, to scope: RegionCode, role: Role?, by actor: Caller, at now: Date = Date()) async throws {
        let account = try await managedAccount(username, by: actor)
        try authorize(actor, over: scope)
        let newRole = role ?? account.role
        try await write(AuditAction.userRescope, account: account, actor: actor,
                        detail: "\(account.role.rawValue)@\(account.scope.value)->\(newRole.rawValue)@\(scope.value)", at: now) { users, tokens in
            try await users.setScope(scope, role: newRole, of: account.id)
            try await tokens.revokeAll(of: account.id)
        }
    }

    /// A new generated password the user must change at next login.
    func resetPassword(username: String, by actor: Caller, at now: Date = Date()) async throws -> String {
        let account = try await managedAccount(username, by: actor)
        let password = InitialPassword.make()
        let hash = try await hashing.hash(password)
        try await write(AuditAction.passwordReset, account: account, actor: actor, detail: "", at: now) { users, tokens in
            try await users.setPassword(of: account.id, hash: hash, mustChange: true)
            try await tokens.revokeAll(of: account.id)
        }
        return password
    }

    /// The user's own change: the current password proves it is them; other sessions end.
    /// A wrong current password counts towards the lockout like a wrong login, so a stolen
    /// session cannot be used to guess it; when that locks the account, every session ends.
    func changePassword(of account: UserAccount, current: String, new: String, keepingSession sessionHash: String?,
                        at now: Date = Date()) async throws {
        guard let hash = account.passwordHash, try await hashing.verify(current, against: hash) else {
            let authentication = Authentication(database: database, auditKey: auditKey, settings: settings)
            if try await authentication.recordFailure(of: account, action: AuditAction.passwordChangeFailure, origin: origin, at: now) != nil {
                try await AccessTokenStore(sql: database as! any SQLDatabase).revokeAll(of: account.id)
            }
            throw AccountError.wrongCurrentPassword
        }
        if let problem = settings.passwords.problem(with: new, username: account.username) {
            throw AccountError.passwordRejected(reasonKey: problem)
        }
        let newHash = try await hashing.hash(new)
        try await write(AuditAction.passwordChange, account: account, actor: account.caller, detail: "", at: now) { users, tokens in
            try await users.setPassword(of: account.id, hash: newHash, mustChange: false)
            try await tokens.revokeAll(of: account.id, except: sessionHash)
        }
    }

    // MARK: -

    private func insert(username raw: String, displayName rawDisplayName: String, role: Role, scope: RegionCode, actor: Caller?,
                        mustChangePassword: Bool, at now: Date) async throws -> Created {
        let username = raw.trimmed
        guard Self.isValidUsername(username) else { throw AccountError.invalidUsername }
        guard try await UserStore(sql: database as! any SQLDatabase).account(named: username) == nil else {
            throw AccountError.usernameTaken(username)
        }
        let password = InitialPassword.make()
        let hash = try await hashing.hash(password)
        // Stored, so in the working language whatever the administrator reads the page in.
        let displayName = rawDisplayName.trimmed.isEmpty ? role.label(.default) : rawDisplayName.trimmed
        let account = try await database.transaction { transaction in
            let sql = transaction as! any SQLDatabase
            let created = try await UserStore(sql: sql).create(
                .init(username: username, displayName: displayName, role: role, scope: scope, passwordHash: hash,
                      mustChangePassword: mustChangePassword), at: now)
            let account = UserAccount(id: created.userID, username: username, displayName: displayName, role: role, scope: scope,
                                      isActive: true, passwordHash: hash, failedLogins: 0, lockedUntil: nil,
                                      mustChangePassword: mustChangePassword)
            try await AuditLog(sql: sql, key: auditKey).appendUserEvent(
                AuditAction.userCreate, subject: account, actor: actor ?? created, origin: origin,
                detail: "\(role.rawValue)@\(scope.value)", at: now)
            return account
        }
        return Created(account: account, initialPassword: password)
    }

    /// Letters, digits, `.`, `_` and `-`, 2–32 long: names appear in URLs of the admin
    /// page and in the log, so they stay plain.
    static func isValidUsername(_ name: String) -> Bool {
        (2...32).contains(name.utf8.count) && name.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        } && !name.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    private func authorize(_ actor: Caller, over scope: RegionCode) throws {
        guard actor.role.may(.manageUsers) else { throw AccountError.notPermitted }
        guard actor.mayAccess(scope) else { throw AccountError.scopeOutsideOwn }
    }

    private func managedAccount(_ username: String, by actor: Caller) async throws -> UserAccount {
        guard actor.role.may(.manageUsers) else { throw AccountError.notPermitted }
        guard let account = try await UserStore(sql: database as! any SQLDatabase).account(named: username.trimmed),
              actor.mayAccess(account.scope)
        else { throw AccountError.notFound }
        guard account.id != actor.userID else { throw AccountError.ownAccount }
        return account
    }

    private func write(_ action: String, account: UserAccount, actor: Caller, detail: String, at now: Date,
                       _ body: @escaping @Sendable (UserStore, AccessTokenStore) async throws -> Void) async throws {
        let auditKey = auditKey, origin = origin
        try await database.transaction { transaction in
            let sql = transaction as! any SQLDatabase
            try await body(UserStore(sql: sql), AccessTokenStore(sql: sql))
            try await AuditLog(sql: sql, key: auditKey).appendUserEvent(action, subject: account, actor: actor, origin: origin,
                                                                        detail: detail, at: now)
        }
    }
}
