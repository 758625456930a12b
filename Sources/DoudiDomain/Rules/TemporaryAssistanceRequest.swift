/// A 临时救助 application as the rules see it on one date: the input of the YAML test cases.
public struct TemporaryAssistanceRequest: Hashable, Sendable, Codable {
    public var region: String
    public var area: AreaKind
    public var kind: TemporaryAssistanceKind
    /// The cause the once-a-year rule counts (e.g. `fire`, `illness:白血病`); the kind when absent.
    public var cause: String?
    public var householdSize: Int
    /// Persons the hardship struck (patients, students); 1 when absent.
    public var affected: Int?
    /// The household's disposable income over the last twelve months (支出型's means test).
    public var annualIncome: Yuan?
    /// A 低保 family's first-year undergraduate (淄博's education floor).
    public var dibaoFreshman: Bool?
    /// Hardship from a member's quarantine or treatment during epidemic control (阳谷's float).
    public var epidemic: Bool?
    /// 重大生活困难: decided case by case (一事一议) by the county, outside the ranges.
    public var special: Bool?
    /// The amount the caseworker proposes; without it the decision gives the range only.
    public var proposed: Yuan?
    public var previous: [PreviousGrant]?
    /// The county allowed another grant for the same cause this year.
    public var countyException: Bool?

    enum CodingKeys: String, CodingKey {
        case region, area, kind, cause, affected, epidemic, special, proposed, previous
        case householdSize = "household_size"
        case annualIncome = "annual_income"
        case dibaoFreshman = "dibao_freshman"
        case countyException = "county_exception"
    }

    public init(region: String, area: AreaKind, kind: TemporaryAssistanceKind, householdSize: Int, proposed: Money? = nil) {
        self.region = region
        self.area = area
        self.kind = kind
        self.householdSize = householdSize
        self.proposed = proposed.map(Yuan.init)
    }

    public var causeKey: String { cause ?? kind.rawValue }
}

/// A 临时救助 grant made before, for the once-per-cause rule.
public struct PreviousGrant: Hashable, Sendable, Codable {
    public var date: CivilDate
    public var cause: String

    public init(date: CivilDate, cause: String) {
        self.date = date
        self.cause = cause
    }
}
