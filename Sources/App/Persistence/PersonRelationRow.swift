import DoudiDomain
import Foundation

/// A `person_relations` row as stored. The related party is kept by ID number (and
/// its packed key for matching) because they are often not in the registry.
struct PersonRelationRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var personId: UUID
    var relatedIdNumber: String
    var relatedIdKey: Int64?
    var relatedPersonId: UUID?
    var kind: String
    var note: String?

    static let table = "person_relations"
    static let columns = ["id", "region_code", "person_id", "related_id_number", "related_id_key", "related_person_id",
                          "kind", "note"]

    var values: [any Encodable & Sendable] {
        [id, regionCode, personId, relatedIdNumber, relatedIdKey, relatedPersonId, kind, note]
    }

    init(_ relation: PersonRelation, region: String) {
        id = relation.id
        regionCode = region
        personId = relation.personID
        relatedIdNumber = relation.relatedIDNumber.value
        relatedIdKey = relation.relatedIDNumber.packedKey.map { Int64(bitPattern: $0) }
        relatedPersonId = relation.relatedPersonID
        kind = relation.kind.rawValue
        note = relation.note
    }
}

extension PersonRelationRow: ImportedRecord {
    static let entity = "person_relation"
    static let lookupColumn = "person_id"

    var lookupValue: UUID { personId }
    var naturalKey: [String] { [personId.uuidString, relatedIdNumber, kind] }
}

extension PersonRelationRow {
    /// A link to the related person's record is only set when that person lies in the
    /// importer's area. A township re-importing a file the county loaded must not unlink
    /// relatives registered in another township, so an existing link is kept.
    func reconciled(with stored: PersonRelationRow) -> PersonRelationRow {
        guard relatedPersonId == nil, stored.relatedPersonId != nil else { return self }
        var kept = self
        kept.relatedPersonId = stored.relatedPersonId
        return kept
    }
}
