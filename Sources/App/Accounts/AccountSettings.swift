import DoudiDomain
import Foundation
import Vapor

/// Settings of logins and sessions, read once at start-up (see `AppConfiguration`).
struct AccountSettings: Sendable {
    var lockout = LockoutPolicy()
    var passwords = PasswordPolicy()
    /// A web session ends this long after login (a working day).
    var sessionLifetime: TimeInterval = 9 * 3600
    /// An API token ends this long after it is issued.
    var apiTokenLifetime: TimeInterval = 12 * 3600
    /// Bcrypt's work factor; tests lower it (4 is bcrypt's minimum) to stay fast.
    var bcryptCost = 12
    /// Cookies carry `Secure`; browsers still send them to http://localhost, so the
    /// demo works, while any other plain-HTTP host gets no session at all.
    var secureCookies = true

    /// `DOUDI_LOCKOUT_FAILURES` (default 5) and `DOUDI_LOCKOUT_MINUTES` (default 30).
    static func fromEnvironment() throws -> AccountSettings {
        var settings = AccountSettings()
        let failures = try EnvironmentValue.positiveInteger("DOUDI_LOCKOUT_FAILURES") ?? settings.lockout.allowedFailures
        let minutes = try EnvironmentValue.positiveInteger("DOUDI_LOCKOUT_MINUTES").map(Double.init) ?? settings.lockout.lockDuration / 60
        settings.lockout = LockoutPolicy(allowedFailures: failures, lockDuration: minutes * 60)
        if let hours = try EnvironmentValue.positiveInteger("DOUDI_SESSION_HOURS") { settings.sessionLifetime = Double(hours) * 3600 }
        return settings
    }
}
