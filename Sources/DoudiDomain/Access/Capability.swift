/// What a user may do inside their region scope. The scope says *where*; the role's
/// capabilities say *what* (see `Role.may`).
public enum Capability: String, Sendable, CaseIterable {
    /// Read the registry: households, persons, records, enrollments, payments, history.
    case readRegistry
    /// Change a registry record through a form or the API.
    case editRegistry
    /// Show an ID number in full (an explicit, logged action).
    case revealIDNumber
    /// Load registry files (imports).
    case importData
    /// Search the audit log.
    case searchAuditLog
    /// Create, disable and rescope accounts.
    case manageUsers
    /// Decide a cross-check finding: confirm it, mark it a false positive, send it for a field check.
    case adjudicateFindings
    /// Start a cross-check run over a region (it writes findings).
    case runCrossCheck
}
