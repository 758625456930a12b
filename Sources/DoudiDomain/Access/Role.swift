/// The roles of Doudi's users. Each user also has a region scope; the role decides
/// what they may do there (issue: accounts and roles), the scope where.
public enum Role: String, RegistryCode {
    case windowClerk = "window_clerk"
    case townshipReviewer = "township_reviewer"
    case countyApprover = "county_approver"
    case supervisor = "supervisor"
    case disciplineInspector = "discipline_inspector"
    case administrator = "administrator"

    public static let labelNamespace = "role"
}
