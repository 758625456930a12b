/// 劳动能力: feeds 特困's 无劳动能力 test (43号 art 5) and review classes.
public enum LabourCapacity: String, RegistryCode {
    case able = "able"
    case partiallyLost = "partially_lost"
    case fullyLost = "fully_lost"

    public static let labelNamespace = "labour_capacity"
    public static let importAliases: [String: LabourCapacity] = [
        "部分丧失劳动能力": .partiallyLost,
        "完全丧失劳动能力": .fullyLost,
        "无劳动能力": .fullyLost,
        "有": .able,
    ]
}
