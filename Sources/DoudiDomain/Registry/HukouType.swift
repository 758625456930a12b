/// 户口性质.
public enum HukouType: String, RegistryCode {
    case agricultural = "agricultural"
    case nonAgricultural = "non_agricultural"
    case resident = "resident"

    public static let labelNamespace = "hukou_type"
    public static let importAliases: [String: HukouType] = [
        "农业户口": .agricultural,
        "非农业户口": .nonAgricultural,
        "居民户口": .resident,
    ]
}
