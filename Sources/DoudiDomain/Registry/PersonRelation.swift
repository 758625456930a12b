import Foundation

/// A relation from a registered person to someone outside the household: a legal
/// supporter (赡养/抚养/扶养, 43号 art 7) or a close relative filed under 近亲属备案.
/// The other party may not be in the registry, so their ID number is kept as recorded.
public struct PersonRelation: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var personID: UUID
    public var relatedIDNumber: RecordedIDNumber
    public var relatedPersonID: UUID?
    public var kind: RelationKind
    public var note: String?

    public init(id: UUID, personID: UUID, relatedIDNumber: RecordedIDNumber, relatedPersonID: UUID?, kind: RelationKind, note: String?) {
        self.id = id
        self.personID = personID
        self.relatedIDNumber = relatedIDNumber
        self.relatedPersonID = relatedPersonID
        self.kind = kind
        self.note = note
    }
}
