import DoudiDomain
import Foundation

/// One validated row of a 关系 file (§6): a person's legal supporter or close relative,
/// who need not be in the registry.
struct RelationFileRow: PersonFileRow {
    static let kind = "relations"
    static let columns: [ImportColumn] = [
        .required("id_number"), .required("related_id_number"), .required("relation_kind"), .optional("note"),
    ]

    let idNumber: String
    let related: RecordedIDNumber
    let relationKind: RelationKind
    let note: String?

    var otherIDNumbers: [String] { [related.value] }
    var fileKey: [String] { [idNumber, related.value, relationKind.rawValue] }

    static func parse(_ reader: inout RowReader, today: CivilDate) -> RelationFileRow? {
        let idNumber = reader.idNumber("id_number", today: today, legacy: false)
        let related = reader.idNumber("related_id_number", today: today, legacy: false)
        let kind = reader.code("relation_kind", RelationKind.self, required: true)
        if let idNumber, let related, idNumber.value == related.value {
            reader.fail("related_id_number", related.value, "import.error.relation.self")
        }
        guard let idNumber, let related, let kind else { return nil }
        return RelationFileRow(idNumber: idNumber.value, related: related, relationKind: kind, note: reader.text("note"))
    }

    /// The related party is linked to their registry record only when it lies in the
    /// caller's area; otherwise the ID number alone is kept (matching uses its packed key).
    func record(of person: PersonRow, in scope: PersonRecordScope) -> PersonRelationRow? {
        let relatedPerson = scope.persons.reachable(related.value, by: scope.caller)
        return PersonRelationRow(PersonRelation(id: OrderedUUID.make(), personID: person.id, relatedIDNumber: related,
                                                relatedPersonID: relatedPerson?.id, kind: relationKind, note: note),
                                 region: person.regionCode)
    }
}
