/// One registered household as a simulation sees it: the 低保 rules' input, its township
/// for the totals, and the areas of its members on 特困 (whose basic living standard moves
/// with the 低保 standard).
public struct SimulationHousehold: Sendable {
    /// An opaque key for linking to the household (never an ID number).
    public let key: String
    public let householdNo: String
    public let township: RegionCode
    public let situation: HouseholdSituation
    public let tekunAreas: [AreaKind]

    public init(key: String, householdNo: String, township: RegionCode, situation: HouseholdSituation, tekunAreas: [AreaKind] = []) {
        self.key = key
        self.householdNo = householdNo
        self.township = township
        self.situation = situation
        self.tekunAreas = tekunAreas
    }
}
