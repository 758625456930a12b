/// Registered business types; the codes are those `dibao.assets.exempt_businesses` names.
public enum BusinessType: String, RegistryCode {
    case company
    case individualBusiness = "individual_business"
    case familyShop = "family_shop"
    case cooperative
    case other

    public static let labelNamespace = "business_type"
    public static let importAliases: [String: BusinessType] = [
        "有限责任公司": .company, "个人独资企业": .company, "合伙企业": .company, "个体户": .individualBusiness, "合作社": .cooperative,
    ]
}
