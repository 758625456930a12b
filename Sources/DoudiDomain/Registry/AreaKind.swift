/// 城乡属性 of a household: decides whether urban or rural standards apply (649号 art 10; local rules decide the split, not the 城乡分类代码).
public enum AreaKind: String, RegistryCode {
    case urban = "urban"
    case rural = "rural"

    public static let labelNamespace = "area"
    public static let importAliases: [String: AreaKind] = [
        "城市": .urban,
        "城": .urban,
        "乡村": .rural,
    ]
}
