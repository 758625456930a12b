/// Whole household (按户施保) or named individuals (单人保, 57号 art 8).
public enum Coverage: String, RegistryCode {
    case household = "household"
    case individual = "individual"

    public static let labelNamespace = "coverage"
    public static let importAliases: [String: Coverage] = [
        "按户": .household,
        "单人保": .individual,
        "单人户": .individual,
    ]
}
