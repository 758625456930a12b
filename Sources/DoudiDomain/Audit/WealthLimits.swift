/// The limits a 低保 or 特困 household's means are held to in one region on one date, and
/// the pure judgments of department records against them (`WealthSignal`).
///
/// Source: policy reference §1.3: 57号 leaves the asset thresholds to provinces
/// (`dibao.assets.*`, the same parameters the eligibility test reads); 43号 art 6 holds
/// 特困 to the local property rules, taken here to be the 低保 ones. Income on the departments'
/// data (a pension, a wage seen as an employee contribution base) is held to the standard
/// as 57号 holds the household's per-capita income: shared over the covered members, above
/// `audit.wealth.income_share` × the household's monthly standard is a signal.
public struct WealthLimits: Sendable, Hashable {
    public let exemptVehicles: Set<VehicleType>
    public let maxHomes: Int
    public let nonResidentialAllowed: Bool
    public let exemptBusinesses: Set<BusinessType>
    public let standardUrban: Money
    public let standardRural: Money
    public let incomeShare: Rate
    public let providentFundDeposit: Money

    public init(exemptVehicles: Set<VehicleType>, maxHomes: Int, nonResidentialAllowed: Bool, exemptBusinesses: Set<BusinessType>,
                standardUrban: Money, standardRural: Money, incomeShare: Rate, providentFundDeposit: Money) {
        self.exemptVehicles = exemptVehicles
        self.maxHomes = maxHomes
        self.nonResidentialAllowed = nonResidentialAllowed
        self.exemptBusinesses = exemptBusinesses
        self.standardUrban = standardUrban
        self.standardRural = standardRural
        self.incomeShare = incomeShare
        self.providentFundDeposit = providentFundDeposit
    }

    public init(book: PolicyBook, region: RegionCode, on date: CivilDate) throws(PolicyError) {
        var reader = ParameterReader(book: book, region: region, date: date)
        self.init(exemptVehicles: Set(try reader.names("dibao.assets.exempt_vehicles").compactMap(VehicleType.init(rawValue:))),
                  maxHomes: try reader.integer("dibao.assets.max_homes"),
                  nonResidentialAllowed: try reader.boolean("dibao.assets.non_residential_allowed"),
                  exemptBusinesses: Set(try reader.names("dibao.assets.exempt_businesses").compactMap(BusinessType.init(rawValue:))),
                  standardUrban: try reader.money("dibao.standard.urban"), standardRural: try reader.money("dibao.standard.rural"),
                  incomeShare: try reader.rate("audit.wealth.income_share"),
                  providentFundDeposit: try reader.money("audit.wealth.provident_fund_deposit"))
    }

    public func standard(urban: Bool) -> Money { urban ? standardUrban : standardRural }

    /// Any vehicle, large farm machinery included, unless its kind is exempt.
    public func vehicle(_ type: VehicleType) -> WealthSignal? {
        exemptVehicles.contains(type) ? nil : .vehicle
    }

    /// A property, given how many homes the household's members hold between them.
    public func property(_ type: PropertyType, homesInHousehold: Int) -> WealthSignal? {
        if type == .residential { return homesInHousehold > maxHomes ? .homes : nil }
        return nonResidentialAllowed ? nil : .nonResidential
    }

    /// One residential record of a household's member: who holds it, and what tells one
    /// home from another (floor area in hundredths of a m², registration day), when given.
    public struct HomeRow: Sendable, Hashable {
        public let owner: UInt64
        public let area: Int64?
        public let date: Int32?

        public init(owner: UInt64, area: Int64?, date: Int32?) {
            self.owner = owner
            self.area = area
            self.date = date
        }
    }

    /// The homes a household's members hold between them. Co-owners are each listed with
    /// the same home, so rows of different members with the same floor area and date are
    /// one home; one member's own rows are always as many homes as rows, and a row without
    /// a floor area is a home of its own (nothing tells it apart).
    public static func homes(_ rows: [HomeRow]) -> Int {
        var loose = 0
        var byHome: [Pair: [UInt64: Int]] = [:]
        for row in rows {
            guard let area = row.area else { loose += 1; continue }
            byHome[Pair(area: area, date: row.date), default: [:]][row.owner, default: 0] += 1
        }
        return loose + byHome.values.reduce(0) { $0 + ($1.values.max() ?? 0) }
    }

    private struct Pair: Hashable { let area: Int64, date: Int32? }

    /// A business still in existence (a status the file does not give counts as existing).
    public func business(_ type: BusinessType, status: BusinessStatus?) -> WealthSignal? {
        if status == .cancelled || status == .revoked { return nil }
        return exemptBusinesses.contains(type) ? nil : .business
    }

    /// A pension, or an employee pension's contribution base (what the member earns; a
    /// resident scheme's base is a tier the member chose, not a wage), against the standard.
    public func socialInsurance(_ type: InsuranceType, base: Money?, pension: Money?, members: Int, urban: Bool) -> WealthSignal? {
        if let pension, exceedsStandard(pension, members: members, urban: urban) { return .pension }
        if type == .employeePension, let base, exceedsStandard(base, members: members, urban: urban) { return .wageBase }
        return nil
    }

    public func providentFund(deposit: Money?) -> WealthSignal? {
        guard let deposit, deposit > providentFundDeposit else { return nil }
        return .providentFund
    }

    /// `amount` shared over `members` above `incomeShare` × the standard.
    public func exceedsStandard(_ amount: Money, members: Int, urban: Bool) -> Bool {
        amount > incomeLimit(members: members, urban: urban)
    }

    /// `incomeShare` × the standard × `members`, rounded down to the fen: for whole fen,
    /// being above it is being above the exact product.
    public func incomeLimit(members: Int, urban: Bool) -> Money {
        Money(fen: incomeShare.tenThousandths * standard(urban: urban).fen * Int64(max(1, members)) / Rate.scale)
    }
}
