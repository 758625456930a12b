import DoudiDomain
import Foundation
import SQLKit

extension Registry {
    /// A person's memberships (current first, then by start date, newest first) with
    /// their households, in two scoped queries.
    public func memberships(ofPerson id: UUID) async throws -> [(membership: Membership, household: Household)] {
        let scoped: (SQLSelectBuilder) -> SQLSelectBuilder = { [scope = caller.scope] in $0.within(scope) }
        let memberships = try await MembershipRow.rows(where: "person_id", in: [id], sql: sql, refine: scoped).map { try $0.toDomain() }
        let households = Dictionary(
            try await HouseholdRow.rows(where: "id", in: memberships.map(\.householdID), sql: sql, refine: scoped)
                .map { try $0.toDomain() }.map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        return memberships.compactMap { membership in households[membership.householdID].map { (membership, $0) } }
            .sorted { ($0.membership.isCurrent ? 1 : 0, $0.membership.startedOn?.iso ?? "") > ($1.membership.isCurrent ? 1 : 0, $1.membership.startedOn?.iso ?? "") }
    }
}
