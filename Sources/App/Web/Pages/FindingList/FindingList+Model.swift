import DoudiDomain
import Foundation

/// The findings of the caller's area: filters, counts by township and rule, and one page
/// of findings with links to each. Everything shown comes through `FindingQuery`, which
/// scopes by area in the query.
enum FindingList {
    struct Row: Sendable {
        let item: FindingListItem
        let regionName: String
    }

    struct Model: Sendable {
        let login: LoginContext
        let criteria: FindingCriteria
        let rows: [Row]
        let hasNext: Bool
        /// Township name, then per rule code the count.
        let counts: [(township: String, name: String, byRule: [String: Int])]
        let countedRules: [AuditRule]
        let regionOptions: [(code: String, name: String, depth: Int)]
        let message: String?
    }
}
