/// Real-estate types in a 不动产 reference file (policy reference §1.3: homes counted,
/// non-residential property such as shops, parking spaces and offices disqualifying).
public enum PropertyType: String, RegistryCode {
    case residential, shop, parking, office, other, industrial

    public static let labelNamespace = "property_type"
    /// Common names and the 不动产登记 use names.
    public static let importAliases: [String: PropertyType] = [
        "住房": .residential, "农村宅基地房屋": .residential, "商业": .shop, "商业服务": .shop, "车库": .parking, "写字楼": .office,
        "办公": .office, "工业": .industrial,
    ]
}
