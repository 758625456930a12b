/// 就业状况.
enum Employment: Sendable {
    case preschool, student, employed, flexible, unemployed, idle, retired

    var label: String {
        switch self {
        case .preschool: "学龄前"
        case .student: "在校学生"
        case .employed: "在业"
        case .flexible: "灵活就业"
        case .unemployed: "失业"
        case .idle: "无业"
        case .retired: "离退休"
        }
    }
}
