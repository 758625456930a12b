import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Password login with lockout, every attempt recorded in the audit log.
///
/// The order matters: a locked account is refused before its password is checked (so
/// guessing stops), and an unknown or disabled name costs one bcrypt hash like a real
/// check and gets the same answer as a wrong password.
struct Authentication {
    enum Outcome: Sendable, Equatable {
        case success(UserAccount)
        case wrongCredentials
        case locked(until: Date)
    }

    let database: any Database
    let auditKey: SymmetricKey
    let settings: AccountSettings

    var hashing: PasswordHashing { PasswordHashing(cost: settings.bcryptCost) }

    func login(username rawName: String, password: String, origin: String, at now: Date = Date()) async throws -> Outcome {
        let username = rawName.trimmed
        let users = UserStore(sql: database as! any SQLDatabase)
        guard let account = try await users.account(named: username), account.isActive, let hash = account.passwordHash else {
            try await hashing.verifyNothing(password)
            try await database.transaction { transaction in
                try await AuditLog(sql: transaction as! any SQLDatabase, key: auditKey).append(
                    action: AuditAction.loginFailure, subjectKind: "user", subjectKey: Self.unknownSubject(username, key: auditKey),
                    region: "", actor: nil, origin: origin, detail: "unknown_or_disabled", at: now)
            }
            return .wrongCredentials
        }
        if account.isLocked(at: now) {
            try await database.transaction { transaction in
                try await AuditLog(sql: transaction as! any SQLDatabase, key: auditKey)
                    .appendUserEvent(AuditAction.loginLocked, subject: account, actor: account.caller, origin: origin, at: now)
            }
            return .locked(until: account.lockedUntil ?? now)
        }
        guard try await hashing.verify(password, against: hash) else {
            let lockedUntil = try await recordFailure(of: account, action: AuditAction.loginFailure, origin: origin, at: now)
            return lockedUntil.map { Outcome.locked(until: $0) } ?? .wrongCredentials
        }
        return try await database.transaction { transaction in
            let users = UserStore(sql: transaction as! any SQLDatabase)
            // Re-read under the write lock: a guess running in parallel may have locked the account.
            let current = try await users.lockedForUpdate(account.id)
            if let until = current?.lockedUntil, until > now { return .locked(until: until) }
            try await users.setLoginState(of: account.id, failures: 0, lockedUntil: nil)
            try await AuditLog(sql: transaction as! any SQLDatabase, key: auditKey)
                .appendUserEvent(AuditAction.loginSuccess, subject: account, actor: account.caller, origin: origin, at: now)
            return .success(account)
        }
    }

    /// Counts one wrong password (at login, or the current password when changing it) and
    /// locks the account when the policy says so; returns the lock's end. The count is
    /// read and written under the row's write lock, so parallel guesses cannot share one
    /// count and slip past the lock.
    func recordFailure(of account: UserAccount, action: String, origin: String, at now: Date) async throws -> Date? {
        try await database.transaction { transaction in
            let users = UserStore(sql: transaction as! any SQLDatabase)
            let current = try await users.lockedForUpdate(account.id)
            let state: (failures: Int, lockedUntil: Date?)
            if let current, let until = current.lockedUntil, until > now {
                // A guess running in parallel locked the account meanwhile: the lock stands as set.
                state = (current.failures + 1, until)
            } else {
                // An expired lock starts a fresh count.
                state = settings.lockout.afterFailure(previousFailures: current.map { $0.lockedUntil == nil ? $0.failures : 0 } ?? 0, at: now)
            }
            try await users.setLoginState(of: account.id, failures: state.failures, lockedUntil: state.lockedUntil)
            try await AuditLog(sql: transaction as! any SQLDatabase, key: auditKey).appendUserEvent(
                action, subject: account, actor: account.caller, origin: origin,
                detail: "failures=\(state.failures)" + (state.lockedUntil == nil ? "" : ";locked"), at: now)
            return state.lockedUntil
        }
    }

    /// What the log records for a name that is no account: never the text itself (it may
    /// be a password typed into the wrong field, a person's name or an ID number), but a
    /// keyed digest, so repeated attempts with one name can still be told apart.
    static func unknownSubject(_ typed: String, key: SymmetricKey) -> String {
        "unknown:" + String(Hex.lowercase(HMAC<SHA256>.authenticationCode(for: Data(typed.utf8), using: key)).prefix(16))
    }
}

extension Authentication {
    enum Opened: Sendable {
        case opened(UserAccount, AccessTokenStore.Issued)
        /// Wrong credentials (401) or a locked account (423), with the message to show.
        case refused(UserFacingError)
    }

    /// A login that, when it succeeds, issues a session (web) or a token (API).
    func open(_ kind: AccessTokenStore.Kind, username: String, password: String, origin: String,
              at now: Date = Date()) async throws -> Opened {
        switch try await login(username: username, password: password, origin: origin, at: now) {
        case .wrongCredentials:
            return .refused(UserFacingError(.unauthorized, "login.error.wrong"))
        case let .locked(until):
            return .refused(UserFacingError(.locked, "login.error.locked", ["time": ShanghaiTime.minute(until)]))
        case let .success(account):
            let lifetime = kind == .session ? settings.sessionLifetime : settings.apiTokenLifetime
            let tokens = AccessTokenStore(sql: database as! any SQLDatabase)
            // Each login sweeps out expired tokens, so the table holds only live ones.
            try await tokens.purgeExpired(at: now)
            return .opened(account, try await tokens.issue(for: account.id, kind: kind, lifetime: lifetime, at: now))
        }
    }

    /// Ends one session or token, on the server, with its audit entry.
    func close(_ login: LoginContext, origin: String, at now: Date = Date()) async throws {
        try await database.transaction { transaction in
            let sql = transaction as! any SQLDatabase
            try await AccessTokenStore(sql: sql).revoke(hash: login.tokenHash)
            try await AuditLog(sql: sql, key: auditKey)
                .appendUserEvent(AuditAction.logout, subject: login.account, actor: login.account.caller, origin: origin, at: now)
        }
    }
}

extension Request {
    /// Named apart from Vapor's `req.auth`, which Doudi does not use.
    var logins: App.Authentication {
        App.Authentication(database: db, auditKey: application.auditKey, settings: accountSettings)
    }
}
