import DoudiDomain
import Foundation

extension AuditLog {
    /// An event about an account (login, logout, creation, change), filed under the
    /// account's area so the inspectors of that area find it.
    func appendUserEvent(_ action: String, subject: UserAccount, actor: Caller?, origin: String, detail: String = "",
                         at now: Date = Date()) async throws {
        try await append(action: action, subjectKind: "user", subjectKey: UUIDText.string(subject.id), region: subject.scope.value,
                         actor: actor, origin: origin, detail: detail, at: now)
    }
}
