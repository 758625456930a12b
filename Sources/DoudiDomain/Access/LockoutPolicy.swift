import Foundation

/// When repeated wrong passwords lock an account, and for how long. Both numbers are
/// settings (`DOUDI_LOCKOUT_FAILURES`, `DOUDI_LOCKOUT_MINUTES`), not constants: offices
/// follow their own 等级保护 (GB/T 22239-2019 §8.1.4.1 a/b: login-failure handling)
/// assessment.
public struct LockoutPolicy: Sendable, Equatable {
    /// Wrong passwords tolerated in a row; the next one locks the account.
    public let allowedFailures: Int
    public let lockDuration: TimeInterval

    public init(allowedFailures: Int = 5, lockDuration: TimeInterval = 30 * 60) {
        precondition(allowedFailures >= 1 && lockDuration > 0)
        self.allowedFailures = allowedFailures
        self.lockDuration = lockDuration
    }

    /// What a wrong password does to an account that had `failures` in a row before it.
    public func afterFailure(previousFailures failures: Int, at now: Date) -> (failures: Int, lockedUntil: Date?) {
        let count = failures + 1
        return (count, count > allowedFailures ? now.addingTimeInterval(lockDuration) : nil)
    }
}
