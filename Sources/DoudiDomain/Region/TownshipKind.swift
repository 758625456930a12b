/// The kind of township-level unit, read from digits 7–9 of the statistical division code.
///
/// Source: NBS 统计用区划代码编制规则 (GB/T 10114 as restated), policy reference §3.3: 001–099 街道,
/// 100–199 镇, 200–399 乡, 400–599 类似乡级单位. The reference's main table is followed; the GB/T 10114
/// variant it also notes (乡 200–299, finer 400–599 split) is not.
public enum TownshipKind: String, Sendable, Codable, CaseIterable {
    /// 街道 (subdistrict), 001–099.
    case subdistrict
    /// 镇 (town), 100–199.
    case town
    /// 乡 (township, including 民族乡 and 苏木), 200–399.
    case township
    /// 类似乡级单位 (development zones, farms, mining areas…), 400–599.
    case townshipLike

    /// The kind for a 3-digit township number, or nil outside 1…599.
    public init?(townshipNumber: Int) {
        switch townshipNumber {
        case 1...99: self = .subdistrict
        case 100...199: self = .town
        case 200...399: self = .township
        case 400...599: self = .townshipLike
        default: return nil
        }
    }

    /// The Chinese term used on forms.
    public var chineseName: String {
        switch self {
        case .subdistrict: "街道"
        case .town: "镇"
        case .township: "乡"
        case .townshipLike: "类似乡级单位"
        }
    }
}
