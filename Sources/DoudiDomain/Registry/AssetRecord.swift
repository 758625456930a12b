import Foundation

/// A property record (家庭财产, 57号; policy reference §1.3) with its value and dates.
/// Quantities (vehicles, m² of floor area) are kept in hundredths to stay integral.
public struct AssetRecord: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var householdID: UUID
    public var personID: UUID?
    public var kind: AssetKind
    public var description: String?
    public var value: Money?
    /// Count or area × 100 (e.g. 8650 = 86.50 m²).
    public var quantityHundredths: Int64?
    public var acquiredOn: CivilDate?
    public var verifiedOn: CivilDate
    public var source: String?

    public init(id: UUID, householdID: UUID, personID: UUID?, kind: AssetKind, description: String?, value: Money?,
                quantityHundredths: Int64?, acquiredOn: CivilDate?, verifiedOn: CivilDate, source: String?) {
        self.id = id
        self.householdID = householdID
        self.personID = personID
        self.kind = kind
        self.description = description
        self.value = value
        self.quantityHundredths = quantityHundredths
        self.acquiredOn = acquiredOn
        self.verifiedOn = verifiedOn
        self.source = source
    }
}
