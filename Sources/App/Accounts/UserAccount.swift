import DoudiDomain
import Foundation

/// A user account as stored, with its login state. Maps to a `Caller` for data access.
struct UserAccount: Sendable, Equatable {
    var id: UUID
    var username: String
    var displayName: String
    var role: Role
    var scope: RegionCode
    var isActive: Bool
    var passwordHash: String?
    var failedLogins: Int
    var lockedUntil: Date?
    var mustChangePassword: Bool

    var caller: Caller { Caller(userID: id, username: username, role: role, scope: scope) }

    func isLocked(at now: Date) -> Bool { lockedUntil.map { $0 > now } ?? false }

    /// 正常 / 已停用 / 已锁定, for the account lists of the CLI and the web.
    func stateLabel(at now: Date) -> String {
        L(!isActive ? "users.state.disabled" : isLocked(at: now) ? "users.state.locked" : "users.state.active")
    }
}
