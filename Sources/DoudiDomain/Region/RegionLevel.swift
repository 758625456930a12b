/// The five levels of the 12-digit statistical division code, from province down to village.
///
/// Source: 统计用区划代码 structure, policy reference §3.3 (2 + 2 + 2 + 3 + 3 digits).
public enum RegionLevel: Int, Sendable, Codable, CaseIterable, Comparable {
    case province = 1
    case prefecture = 2
    case county = 3
    case township = 4
    case village = 5

    /// How many leading digits of the 12-digit code are significant at this level.
    public var digitCount: Int {
        switch self {
        case .province: 2
        case .prefecture: 4
        case .county: 6
        case .township: 9
        case .village: 12
        }
    }

    /// The level whose significant digits number `digitCount`, or nil for any other count.
    public init?(digitCount: Int) {
        guard let level = Self.allCases.first(where: { $0.digitCount == digitCount }) else { return nil }
        self = level
    }

    public static func < (lhs: RegionLevel, rhs: RegionLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
