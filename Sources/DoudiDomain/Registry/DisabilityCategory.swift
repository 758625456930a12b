/// 残疾类别 on the 残疾人证 (GB/T 26341).
public enum DisabilityCategory: String, RegistryCode {
    case visual = "visual"
    case hearing = "hearing"
    case speech = "speech"
    case physical = "physical"
    case intellectual = "intellectual"
    case mental = "mental"
    case multiple = "multiple"

    public static let labelNamespace = "disability_category"
    public static let importAliases: [String: DisabilityCategory] = [
        "视力残疾": .visual,
        "听力残疾": .hearing,
        "言语残疾": .speech,
        "肢体残疾": .physical,
        "智力残疾": .intellectual,
        "精神残疾": .mental,
        "多重残疾": .multiple,
    ]
}
