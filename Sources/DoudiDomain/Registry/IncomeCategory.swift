/// Countable income categories (57号 art 13; 43号 art 6).
public enum IncomeCategory: String, RegistryCode {
    case wages = "wages"
    case businessNet = "business_net"
    case propertyNet = "property_net"
    case transferNet = "transfer_net"
    case other = "other"

    public static let labelNamespace = "income_category"
    public static let importAliases: [String: IncomeCategory] = [
        "工资": .wages,
        "经营": .businessNet,
        "财产": .propertyNet,
        "转移": .transferNet,
        "其他": .other,
    ]
}
