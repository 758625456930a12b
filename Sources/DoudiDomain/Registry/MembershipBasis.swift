/// Why a member is, or is not, counted as 共同生活的家庭成员 (57号 art 7; policy reference §1.1).
/// Counted: the applicant, spouse, minor children, adult children unable to live independently
/// (including full-time students up to bachelor level), and people with a legal duty of support
/// who have lived together long-term. Not counted: clergy apart ≥3 years, prisoners, people in
/// compulsory drug rehabilitation, people declared missing, and provincial exclusions.
public enum MembershipBasis: String, RegistryCode {
    case applicant = "applicant"
    case spouse = "spouse"
    case minorChild = "minor_child"
    case dependentAdultChild = "dependent_adult_child"
    case studentChild = "student_child"
    case cohabitingSupporter = "cohabiting_supporter"
    case otherCohabiting = "other_cohabiting"
    case clergy = "clergy"
    case prisoner = "prisoner"
    case compulsoryRehab = "compulsory_rehab"
    case declaredMissing = "declared_missing"
    case provincialExclusion = "provincial_exclusion"

    public static let labelNamespace = "membership_basis"
}

extension MembershipBasis {
    /// Whether this basis makes the member part of the 共同生活的家庭成员 whose income and
    /// property are assessed (57号 art 7: the first group counts, the second does not).
    public var isCounted: Bool {
        switch self {
        case .applicant, .spouse, .minorChild, .dependentAdultChild, .studentChild, .cohabitingSupporter, .otherCohabiting:
            return true
        case .clergy, .prisoner, .compulsoryRehab, .declaredMissing, .provincialExclusion:
            return false
        }
    }
}
