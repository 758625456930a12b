/// 残疾等级 on the 残疾人证: 一级 is the most severe. Severe (一/二级, or 三级 intellectual or
/// mental) disability drives 单人保 (57号 art 8), 无劳动能力 (43号 art 5) and 护理补贴 (国发〔2015〕52号).
public enum DisabilityGrade: String, RegistryCode, Comparable {
    case one = "1"
    case two = "2"
    case three = "3"
    case four = "4"

    public static let labelNamespace = "disability_grade"
    public static let importAliases: [String: DisabilityGrade] = [
        "1级": .one, "2级": .two, "3级": .three, "4级": .four,
        "一": .one, "二": .two, "三": .three, "四": .four,
    ]

    public var number: Int { Int(rawValue)! }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }
}
