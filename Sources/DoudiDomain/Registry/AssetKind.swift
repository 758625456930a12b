/// 家庭财产 types (57号; policy reference §1.3).
public enum AssetKind: String, RegistryCode {
    case deposit = "deposit"
    case securities = "securities"
    case commercialInsurance = "commercial_insurance"
    case vehicle = "vehicle"
    case realEstate = "real_estate"
    case business = "business"
    case other = "other"

    public static let labelNamespace = "asset_kind"
    public static let importAliases: [String: AssetKind] = [
        "车辆": .vehicle,
        "不动产": .realEstate,
        "房屋": .realEstate,
        "工商登记": .business,
    ]
}
