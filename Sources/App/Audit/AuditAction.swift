import DoudiDomain

/// The actions the audit log records, by the name stored in `audit_log.action`.
/// Each has a label `audit.action.<name>` for the search page. Imports record
/// `import.<kind>` (see `ImportTransaction`).
enum AuditAction {
    static let loginSuccess = "login.success"
    static let loginFailure = "login.failure"
    static let loginLocked = "login.locked"
    static let logout = "logout"
    static let passwordChange = "password.change"
    /// A wrong current password on the change form (counts towards the lockout).
    static let passwordChangeFailure = "password.change_failure"
    static let passwordReset = "password.reset"
    static let userCreate = "user.create"
    static let userDisable = "user.disable"
    static let userEnable = "user.enable"
    static let userRescope = "user.rescope"
    static let idReveal = "id.reveal"
    static let householdUpdate = "household.update"
    static let personUpdate = "person.update"
    static let membershipEnd = "membership.end"

    /// Every action, in the order the search page offers them.
    static let all: [String] = [
        loginSuccess, loginFailure, loginLocked, logout, passwordChange, passwordChangeFailure, passwordReset,
        userCreate, userDisable, userEnable, userRescope, idReveal, householdUpdate, personUpdate, membershipEnd,
    ] + ImportKind.allCases.map { "import.\($0.rawValue)" }

    /// The action's name for people; an unknown stored name is shown as stored.
    static func label(_ action: String) -> String {
        if action.hasPrefix("import."), let kind = ImportKind(rawValue: String(action.dropFirst("import.".count))) {
            return L("audit.action.import", ["kind": kind.label()])
        }
        return L("audit.action.\(action)", orElse: action)
    }
}
