import DoudiDomain
import Foundation

/// The cross-check runs of the caller's area, newest first, and, for those who decide
/// findings, the form that starts a run over a region with the rules chosen.
enum CrossCheckRuns {
    struct Row: Sendable {
        let run: CrossCheckRunRecord
        let regionName: String
    }

    struct Model: Sendable {
        let login: LoginContext
        let rows: [Row]
        let mayStart: Bool
        let regionOptions: [(code: String, name: String, depth: Int)]
        let message: String?
    }
}
