import DoudiDomain
import Foundation

/// An `asset_records` row as stored: one asset of one person as verified on a date.
struct AssetRecordRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var householdId: UUID
    var personId: UUID?
    var kind: String
    var description: String?
    var valueFen: Int64?
    var quantityHundredths: Int64?
    var acquiredOn: String?
    var verifiedOn: String
    var source: String?

    static let table = "asset_records"
    static let columns = ["id", "region_code", "household_id", "person_id", "kind", "description", "value_fen",
                          "quantity_hundredths", "acquired_on", "verified_on", "source"]

    var values: [any Encodable & Sendable] {
        [id, regionCode, householdId, personId, kind, description, valueFen, quantityHundredths, acquiredOn, verifiedOn, source]
    }

    init(_ record: AssetRecord, region: String) {
        id = record.id
        regionCode = region
        householdId = record.householdID
        personId = record.personID
        kind = record.kind.rawValue
        description = record.description
        valueFen = record.value?.fen
        quantityHundredths = record.quantityHundredths
        acquiredOn = record.acquiredOn?.iso
        verifiedOn = record.verifiedOn.iso
        source = record.source
    }
}

extension AssetRecordRow: ImportedRecord {
    static let entity = "asset_record"
    static let lookupColumn = "person_id"

    var lookupValue: UUID? { personId }
    /// Two homes of one person differ by acquisition date, so it is part of the key.
    var naturalKey: [String] { [personId?.uuidString ?? "", kind, description ?? "", acquiredOn ?? "", verifiedOn] }
}
