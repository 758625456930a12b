import DoudiDomain
import Foundation

/// The audit-log search for 纪检监察员 and administrators: entries of their area,
/// filtered by who, what, which subject, where and when; and, on request, a check of
/// the whole chain (the same as `doudi audit-log verify`).
enum AuditSearch {
    struct Row: Sendable {
        let entry: AuditEntry
        let regionName: String
        /// Where the subject can be opened, when it has a page the searcher may see.
        let subjectLink: String?
    }

    struct Verification: Sendable {
        let entries: Int64
        let findings: [AuditFinding]
    }

    struct Model: Sendable {
        let login: LoginContext
        let criteria: AuditCriteria
        let rows: [Row]
        let hasNext: Bool
        let regionOptions: [(code: String, name: String, depth: Int)]
        /// Set when a criterion could not be read.
        let message: String?
        var verification: Verification?
    }
}
