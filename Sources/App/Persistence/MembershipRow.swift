import DoudiDomain
import Foundation
import SQLKit

/// A `memberships` row as stored.
struct MembershipRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var householdId: UUID
    var personId: UUID
    var relationship: String
    var basis: String?
    var counted: Bool
    var startedOn: String?
    var endedOn: String?

    static let table = "memberships"
    static let columns = ["id", "region_code", "household_id", "person_id", "relationship", "basis", "counted", "started_on", "ended_on"]

    var values: [any Encodable & Sendable] {
        [id, regionCode, householdId, personId, relationship, basis, counted, startedOn, endedOn]
    }

    init(id: UUID, regionCode: String, householdId: UUID, personId: UUID, relationship: String, basis: String?,
         counted: Bool, startedOn: String?, endedOn: String?) {
        self.id = id
        self.regionCode = regionCode
        self.householdId = householdId
        self.personId = personId
        self.relationship = relationship
        self.basis = basis
        self.counted = counted
        self.startedOn = startedOn
        self.endedOn = endedOn
    }

    func toDomain() throws -> Membership {
        guard let relation = Relationship(rawValue: relationship) else {
            throw DataIntegrityError(message: "memberships row \(id) has a malformed relationship")
        }
        return Membership(id: id, householdID: householdId, personID: personId, relationship: relation,
                          basis: basis.flatMap(MembershipBasis.init(rawValue:)),
                          startedOn: startedOn.flatMap { CivilDate(iso: $0) }, endedOn: endedOn.flatMap { CivilDate(iso: $0) })
    }
}
