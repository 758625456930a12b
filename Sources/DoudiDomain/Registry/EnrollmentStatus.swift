/// State of a program enrollment; 渐退 is the phased exit period (policy reference §1.9).
public enum EnrollmentStatus: String, RegistryCode {
    case active = "active"
    case phasingOut = "phasing_out"
    case suspended = "suspended"
    case ended = "ended"

    public static let labelNamespace = "enrollment_status"
    public static let importAliases: [String: EnrollmentStatus] = [
        "正常": .active,
        "退出": .ended,
        "终止": .ended,
    ]
}
