import DoudiDomain
import Foundation
import SQLKit

extension Registry {
    /// A person's memberships (current and past) with their households, newest first.
    public func memberships(ofPerson id: UUID) async throws -> [(membership: Membership, household: Household)] {
        let memberships = try await MembershipRow.rows(where: "person_id", in: [id], sql: sql, refine: { [scope = caller.scope] in $0.within(scope) })
            .map { try $0.toDomain() }
        var result: [(membership: Membership, household: Household)] = []
        for membership in memberships {
            if let household = try await household(id: membership.householdID) { result.append((membership, household)) }
        }
        return result.sorted { ($0.membership.endedOn == nil ? 1 : 0, $0.membership.startedOn?.iso ?? "") > ($1.membership.endedOn == nil ? 1 : 0, $1.membership.startedOn?.iso ?? "") }
    }
}
