import DoudiDomain
import FluentSQLiteDriver
import Foundation
import SQLKit

extension Registry {
    /// `currentMembers` on SQLite, read positionally (`SQLitePositionalQuery`): a household
    /// not kept is skipped on its key before anything else of the row is read. A province's
    /// two million members decode here in seconds, not minutes.
    static func sqliteMembers(_ select: SQLSelectBuilder, sqlite: any SQLiteDatabase, keeping: (@Sendable (UUID) -> Bool)?) async throws
        -> [(membership: Membership, person: Person)] {
        // `household_id` is the membership's third column.
        try await SQLitePositionalQuery.rows(select, on: sqlite, columns: MembershipRow.columns.count + PersonRow.columns.count) { values in
            if let keeping {
                guard let household = UUIDText.parse(try values.text(at: 2)) else {
                    throw DataIntegrityError(message: "memberships row with a malformed household key")
                }
                guard keeping(household) else { return nil }
            }
            let membership = try MembershipRow(&values), person = try PersonRow(&values)
            return (try membership.toDomain(), try person.toDomain())
        }
    }
}
