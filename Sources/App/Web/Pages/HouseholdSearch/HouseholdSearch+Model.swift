import DoudiDomain
import Vapor

/// The household search page: criteria in, one page of households out.
/// Browsing by region and status is a GET (bookmarkable); searching by name or ID
/// number is a POST, so neither ever appears in a URL or an access log.
enum HouseholdSearch {
    static let pageSize = 20

    struct Row: Sendable {
        let key: String
        let householdNo: String
        let regionName: String
        let address: String
        let headName: String
        let memberCount: Int
        let enrollments: [String]
    }

    struct Model: Sendable {
        let login: LoginContext
        let criteria: HouseholdCriteria
        let rows: [Row]
        let hasNext: Bool
        /// Regions the caller may narrow to: their area and the two levels below it.
        let regionOptions: [(code: String, name: String, depth: Int)]
        /// Set when a criterion could not be read (e.g. a malformed region code).
        let message: String?
    }
}
