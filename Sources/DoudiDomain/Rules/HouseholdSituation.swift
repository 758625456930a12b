import Foundation

/// A household as the 低保 rules see it on one date: the input of `doudi evaluate` (one
/// JSON object per line, docs/evaluate.md) and of the YAML test cases.
public struct HouseholdSituation: Hashable, Sendable, Codable {
    /// The caller's key for the household, echoed in the decision.
    public var id: String?
    /// The county (or finer) region whose parameters apply: 6 to 12 digits.
    public var region: String
    /// 城乡属性: which standard applies.
    public var area: AreaKind
    public var members: [MemberSituation]
    public var assets: AssetSituation?
    /// The household's 低保 now, if it has one (for 渐退).
    public var current: CurrentDibao?
    /// The review class recorded for the household; derived from its members when absent.
    public var reviewClass: ReviewClass?
    /// Relatives outside the household who owe its members support, for regions that
    /// impute it (policy reference §1.2).
    public var liableRelatives: [LiableRelative]?

    enum CodingKeys: String, CodingKey {
        case id, region, area, members, assets, current
        case reviewClass = "review_class"
        case liableRelatives = "liable_relatives"
    }

    public init(id: String? = nil, region: String, area: AreaKind, members: [MemberSituation], assets: AssetSituation? = nil,
                current: CurrentDibao? = nil, reviewClass: ReviewClass? = nil, liableRelatives: [LiableRelative]? = nil) {
        self.id = id
        self.region = region
        self.area = area
        self.members = members
        self.assets = assets
        self.current = current
        self.reviewClass = reviewClass
        self.liableRelatives = liableRelatives
    }
}

/// The household's current 低保: its monthly amount and, once 渐退 has begun, its first month.
public struct CurrentDibao: Hashable, Sendable, Codable {
    public var monthlyAmount: Yuan
    public var phasedExitFrom: MonthPeriod?

    enum CodingKeys: String, CodingKey {
        case monthlyAmount = "monthly_amount"
        case phasedExitFrom = "phased_exit_from"
    }

    public init(monthlyAmount: Money, phasedExitFrom: MonthPeriod? = nil) {
        self.monthlyAmount = Yuan(monthlyAmount)
        self.phasedExitFrom = phasedExitFrom
    }
}

/// Property as the asset test sees it (policy reference §1.3).
public struct AssetSituation: Hashable, Sendable, Codable {
    /// Deposits, securities and the cash value of commercial insurance, all members together.
    public var financial: Yuan?
    /// Residential properties owned.
    public var homes: Int?
    /// Shops, offices, parking spaces.
    public var nonResidential: Int?
    /// Vehicle kinds owned, e.g. `car`, `electric_bike`, `disability_vehicle`.
    public var vehicles: [String]?
    /// Registered businesses, e.g. `company`, `individual_business`, `family_shop`.
    public var businesses: [String]?

    enum CodingKeys: String, CodingKey {
        case financial, homes, vehicles, businesses
        case nonResidential = "non_residential"
    }

    public init(financial: Money? = nil, homes: Int? = nil, nonResidential: Int? = nil, vehicles: [String]? = nil,
                businesses: [String]? = nil) {
        self.financial = financial.map(Yuan.init)
        self.homes = homes
        self.nonResidential = nonResidential
        self.vehicles = vehicles
        self.businesses = businesses
    }
}

extension HouseholdSituation {
    /// This household without the members flagged in `excluded` (by index; missing flags
    /// keep the member), and the indices of those kept, in order.
    public func excluding(_ excluded: [Bool]) -> (situation: HouseholdSituation, kept: [Int]) {
        let kept = members.indices.filter { !(excluded.indices.contains($0) && excluded[$0]) }
        var situation = self
        situation.members = kept.map { members[$0] }
        return (situation, kept)
    }
}
