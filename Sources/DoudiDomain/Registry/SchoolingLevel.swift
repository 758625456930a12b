/// 文化程度; full-time students up to bachelor level count as dependent children (57号 art 7).
public enum SchoolingLevel: String, RegistryCode {
    case preschool = "preschool"
    case illiterate = "illiterate"
    case primary = "primary"
    case juniorSecondary = "junior_secondary"
    case seniorSecondary = "senior_secondary"
    case vocational = "vocational"
    case juniorCollege = "junior_college"
    case bachelor = "bachelor"
    case postgraduate = "postgraduate"

    public static let labelNamespace = "schooling"
    public static let importAliases: [String: SchoolingLevel] = [
        "文盲": .illiterate,
        "半文盲": .illiterate,
        "中专": .vocational,
        "技校": .vocational,
        "专科": .juniorCollege,
        "大学": .bachelor,
        "硕士": .postgraduate,
        "博士": .postgraduate,
    ]
}
