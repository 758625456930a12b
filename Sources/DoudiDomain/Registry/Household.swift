import Foundation

/// A household (家庭) as registered: where it lives and whether urban or rural
/// standards apply to it. Members are recorded separately as `Membership`s so that
/// composition changes keep their history.
public struct Household: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    /// The household's number in the county (户编号), the key of re-imports.
    public var householdNo: String
    /// The village or community (12-digit code) the household lives in; every
    /// registry row is keyed by region so the data layer can scope and partition it.
    public var region: RegionCode
    public var address: String
    public var areaKind: AreaKind
    public var headPersonID: UUID?

    public init(id: UUID, householdNo: String, region: RegionCode, address: String, areaKind: AreaKind, headPersonID: UUID?) {
        self.id = id
        self.householdNo = householdNo
        self.region = region
        self.address = address
        self.areaKind = areaKind
        self.headPersonID = headPersonID
    }
}
