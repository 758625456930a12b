import DoudiDomain
import Foundation

/// The parameters in force for a region on a date, each with the file's source, the date it
/// took effect and the region that set it, and its history. Policy is public: any signed-in
/// user may look up any region (it holds no personal data).
enum PolicyPage {
    struct Entry: Sendable {
        let value: String
        let from: CivilDate
        let source: String
        let setBy: String
    }

    struct Row: Sendable {
        let key: String
        let label: String
        let current: Entry?
        let history: [Entry]
    }

    struct Model: Sendable {
        let login: LoginContext
        let region: RegionCode
        let regionPath: [String]
        let date: CivilDate
        let rows: [Row]
        let compliance: [Compliance]
        let input: Input
        let message: String?
    }
}
