/// 城乡分类代码: the 3-digit urban/rural attribute NBS attaches to each village-level unit.
///
/// It describes the place statistically; the legal urban/rural split for 低保 standards follows local
/// rules, so it is a hint for choosing a standard, not the decision.
///
/// Source: NBS 统计用区划和城乡划分代码 (统计上划分城乡的规定); policy reference §3.3.
public enum UrbanRuralCode: Int, Sendable, Codable, CaseIterable {
    /// 111 主城区
    case mainUrbanArea = 111
    /// 112 城乡结合区
    case urbanFringe = 112
    /// 121 镇中心区
    case townCentre = 121
    /// 122 镇乡结合区
    case townFringe = 122
    /// 123 特殊区域
    case specialArea = 123
    /// 210 乡中心区
    case townshipCentre = 210
    /// 220 村庄
    case village = 220

    /// First digit 1 = urban (城镇), 2 = rural (乡村).
    public var isUrban: Bool { rawValue / 100 == 1 }

    /// The Chinese term used in NBS files.
    public var chineseName: String {
        switch self {
        case .mainUrbanArea: "主城区"
        case .urbanFringe: "城乡结合区"
        case .townCentre: "镇中心区"
        case .townFringe: "镇乡结合区"
        case .specialArea: "特殊区域"
        case .townshipCentre: "乡中心区"
        case .village: "村庄"
        }
    }
}
