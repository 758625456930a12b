import DoudiDomain
import Foundation
import Testing

@Suite("Roles, lockout and passwords")
struct AccessTests {
    @Test("the sixth wrong password in a row locks; five do not")
    func lockout() {
        let policy = LockoutPolicy(allowedFailures: 5, lockDuration: 1800)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        var failures = 0
        for _ in 1...5 {
            let state = policy.afterFailure(previousFailures: failures, at: now)
            #expect(state.lockedUntil == nil)
            failures = state.failures
        }
        let sixth = policy.afterFailure(previousFailures: failures, at: now)
        #expect(sixth.failures == 6 && sixth.lockedUntil == now.addingTimeInterval(1800))
    }

    @Test("passwords need length, letters and digits, and must not contain the username")
    func passwords() {
        let policy = PasswordPolicy(minimumLength: 10)
        #expect(policy.problem(with: "short1", username: "li") == "password.error.too_short")
        #expect(policy.problem(with: "onlyletters", username: "li") == "password.error.mix")
        #expect(policy.problem(with: "1234567890", username: "li") == "password.error.mix")
        #expect(policy.problem(with: "wangfang2026", username: "WangFang") == "password.error.username")
        #expect(policy.problem(with: "Tiger-lily-42", username: "wang") == nil)
    }

    @Test("only case handlers edit; supervisors and administrators never see full ID numbers; only inspectors and administrators search the log")
    func capabilities() {
        #expect(Role.allCases.filter { $0.may(.editRegistry) } == [.windowClerk, .townshipReviewer, .countyApprover])
        #expect(!Role.supervisor.may(.revealIDNumber) && !Role.administrator.may(.revealIDNumber))
        #expect(Role.disciplineInspector.may(.revealIDNumber) && !Role.disciplineInspector.may(.editRegistry))
        #expect(Role.allCases.filter { $0.may(.searchAuditLog) } == [.disciplineInspector, .administrator])
        #expect(Role.allCases.filter { $0.may(.manageUsers) } == [.administrator])
        #expect(Role.allCases.allSatisfy { $0.may(.readRegistry) })
    }

    @Test("instants show as Asia/Shanghai wall-clock time")
    func shanghaiTime() {
        // 2026-11-22T16:05:09Z is 00:05:09 on the 23rd in Shanghai.
        let instant = Date(timeIntervalSince1970: 1_795_363_509)
        #expect(ShanghaiTime.second(instant) == "2026-11-23 00:05:09")
        #expect(ShanghaiTime.minute(instant) == "2026-11-23 00:05")
    }

    @Test("a caller sees the part of a region inside their area: the region within it, their area within the region, nothing apart")
    func visiblePart() {
        let township = Caller(userID: UUID(), username: "x", role: .townshipReviewer, scope: RegionCode(prefix: "370321001")!)
        #expect(township.visiblePart(of: RegionCode(prefix: "370321")!) == RegionCode(prefix: "370321001"))
        #expect(township.visiblePart(of: RegionCode(prefix: "370321001001")!) == RegionCode(prefix: "370321001001"))
        #expect(township.visiblePart(of: RegionCode(prefix: "370321100")!) == nil)
    }
}
