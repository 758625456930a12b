/// 状态 of an enrollment.
enum EnrollmentState: Sendable {
    case active, tapering, paused, ended

    var label: String {
        switch self {
        case .active: "在保"
        case .tapering: "渐退"
        case .paused: "暂停"
        case .ended: "停保"
        }
    }
}
