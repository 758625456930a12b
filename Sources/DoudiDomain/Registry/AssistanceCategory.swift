/// 分类施保 categories: extra support for the elderly, minors, the severely disabled and the seriously ill (649号 art 12); the percentages are regional parameters.
public enum AssistanceCategory: String, RegistryCode {
    case elderly = "elderly"
    case minor = "minor"
    case severelyDisabled = "severely_disabled"
    case seriouslyIll = "seriously_ill"
    case sanwu = "sanwu"
    case singleParentChild = "single_parent_child"

    public static let labelNamespace = "assistance_category"
    public static let importAliases: [String: AssistanceCategory] = [
        "重残": .severelyDisabled,
        "重病": .seriouslyIll,
    ]
}
