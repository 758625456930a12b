/// The kind of village-level unit, read from digits 10–12 of the statistical division code.
///
/// Source: NBS 统计用区划代码编制规则, policy reference §3.3 (partially confirmed there): 001–199
/// 居委会, 200–399 村委会, 400–499 类似居委会 (498 虚拟社区), 500–599 类似村委会 (598 虚拟生活区).
public enum VillageKind: String, Sendable, Codable, CaseIterable {
    /// 居民委员会 (urban residents' committee), 001–199.
    case residentsCommittee
    /// 村民委员会 (villagers' committee), 200–399.
    case villagersCommittee
    /// 类似居委会, 400–499.
    case residentsCommitteeLike
    /// 类似村委会, 500–599.
    case villagersCommitteeLike

    /// The kind for a 3-digit village number, or nil outside 1…599.
    public init?(villageNumber: Int) {
        switch villageNumber {
        case 1...199: self = .residentsCommittee
        case 200...399: self = .villagersCommittee
        case 400...499: self = .residentsCommitteeLike
        case 500...599: self = .villagersCommitteeLike
        default: return nil
        }
    }

    /// Whether 498 (虚拟社区) or 598 (虚拟生活区): statistical placeholders, not real committees.
    public static func isVirtual(villageNumber: Int) -> Bool { villageNumber == 498 || villageNumber == 598 }

    /// The Chinese term used on forms.
    public var chineseName: String {
        switch self {
        case .residentsCommittee: "居委会"
        case .villagersCommittee: "村委会"
        case .residentsCommitteeLike: "类似居委会"
        case .villagersCommitteeLike: "类似村委会"
        }
    }
}
