/// A person's role in a registered business (市场主体).
public enum BusinessRole: String, RegistryCode {
    case legalRepresentative = "legal_representative"
    case shareholder
    case soleOperator = "operator"

    public static let labelNamespace = "business_role"
    public static let importAliases: [String: BusinessRole] = [
        "法人": .legalRepresentative, "执行事务合伙人": .legalRepresentative, "投资人": .shareholder, "合伙人": .shareholder,
        "成员": .shareholder, "经营者": .soleOperator,
    ]
}
