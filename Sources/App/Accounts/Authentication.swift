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
            // A mistyped name may be anything, even an ID number: the log keeps it redacted.
            try await audit(AuditAction.loginFailure, account: nil, typedName: username, origin: origin,
                            detail: "unknown_or_disabled", at: now)
            return .wrongCredentials
        }
        if let until = account.lockedUntil, until > now {
            try await audit(AuditAction.loginLocked, account: account, origin: origin, detail: "", at: now)
            return .locked(until: until)
        }
        let matches = try await hashing.verify(password, against: hash)
        return try await database.transaction { transaction in
            let users = UserStore(sql: transaction as! any SQLDatabase)
            let log = AuditLog(sql: transaction as! any SQLDatabase, key: auditKey)
            guard matches else {
                // An expired lock starts a fresh count.
                let previous = account.lockedUntil == nil ? account.failedLogins : 0
                let state = settings.lockout.afterFailure(previousFailures: previous, at: now)
                try await users.setLoginState(of: account.id, failures: state.failures, lockedUntil: state.lockedUntil)
                try await log.append(action: AuditAction.loginFailure, subjectKind: "user", subjectKey: UUIDText.string(account.id),
                                     region: account.scope.value, actor: account.caller, origin: origin,
                                     detail: "failures=\(state.failures)" + (state.lockedUntil == nil ? "" : ";locked"), at: now)
                return state.lockedUntil.map { Outcome.locked(until: $0) } ?? .wrongCredentials
            }
            try await users.setLoginState(of: account.id, failures: 0, lockedUntil: nil)
            try await log.append(action: AuditAction.loginSuccess, subjectKind: "user", subjectKey: UUIDText.string(account.id),
                                 region: account.scope.value, actor: account.caller, origin: origin, at: now)
            return .success(account)
        }
    }

    private func audit(_ action: String, account: UserAccount?, typedName: String = "", origin: String,
                       detail: String, at now: Date) async throws {
        try await database.transaction { transaction in
            let log = AuditLog(sql: transaction as! any SQLDatabase, key: auditKey)
            try await log.append(action: action, subjectKind: "user",
                                 subjectKey: account.map { UUIDText.string($0.id) } ?? IDNumberRedaction.redact(String(typedName.prefix(64))),
                                 region: account?.scope.value ?? "", actor: account?.caller, origin: origin, detail: detail, at: now)
        }
    }
}

extension Authentication {
    /// A login that, when it succeeds, issues a session (web) or a token (API).
    func open(_ kind: AccessTokenStore.Kind, username: String, password: String, origin: String,
              at now: Date = Date()) async throws -> (outcome: Outcome, issued: AccessTokenStore.Issued?) {
        let outcome = try await login(username: username, password: password, origin: origin, at: now)
        guard case let .success(account) = outcome else { return (outcome, nil) }
        let lifetime = kind == .session ? settings.sessionLifetime : settings.apiTokenLifetime
        let tokens = AccessTokenStore(sql: database as! any SQLDatabase)
        // Each login sweeps out expired tokens, so the table holds only live ones.
        try await tokens.purgeExpired(at: now)
        let issued = try await tokens.issue(for: account.id, kind: kind, lifetime: lifetime, at: now)
        return (outcome, issued)
    }

    /// Ends one session or token, on the server, with its audit entry.
    func close(_ login: LoginContext, origin: String, at now: Date = Date()) async throws {
        try await database.transaction { transaction in
            let sql = transaction as! any SQLDatabase
            try await AccessTokenStore(sql: sql).revoke(hash: login.tokenHash)
            try await AuditLog(sql: sql, key: auditKey).append(
                action: AuditAction.logout, subjectKind: "user", subjectKey: UUIDText.string(login.account.id),
                region: login.account.scope.value, actor: login.account.caller, origin: origin, at: now)
        }
    }
}

extension Request {
    /// Named apart from Vapor's `req.auth`, which Doudi does not use.
    var logins: App.Authentication {
        App.Authentication(database: db, auditKey: application.auditKey, settings: accountSettings)
    }
}
