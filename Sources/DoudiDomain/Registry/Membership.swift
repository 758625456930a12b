import Foundation

/// A person's membership of a household over a period. At most one membership per
/// person is current (no end date); the database enforces it with a partial unique index.
public struct Membership: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var householdID: UUID
    public var personID: UUID
    public var relationship: Relationship
    /// Why the member is or is not counted (57号 art 7); nil when not yet assessed.
    public var basis: MembershipBasis?
    public var startedOn: CivilDate?
    public var endedOn: CivilDate?

    public init(id: UUID, householdID: UUID, personID: UUID, relationship: Relationship,
                basis: MembershipBasis?, startedOn: CivilDate?, endedOn: CivilDate?) {
        self.id = id
        self.householdID = householdID
        self.personID = personID
        self.relationship = relationship
        self.basis = basis
        self.startedOn = startedOn
        self.endedOn = endedOn
    }

    public var isCurrent: Bool { endedOn == nil }

    /// Counted unless the recorded basis excludes the member.
    public var isCounted: Bool { basis?.isCounted ?? true }
}
