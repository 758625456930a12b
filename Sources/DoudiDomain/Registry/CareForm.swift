/// 集中 or 分散 供养 for 特困 (649号 art 19).
public enum CareForm: String, RegistryCode {
    case centralized = "centralized"
    case dispersed = "dispersed"

    public static let labelNamespace = "care_form"
    public static let importAliases: [String: CareForm] = [
        "集中供养": .centralized,
        "分散供养": .dispersed,
    ]
}
