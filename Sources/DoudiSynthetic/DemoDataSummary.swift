import DoudiDomain

/// What was written: every file with its data-row count (header excluded), the roll's counts and
/// the deliberate reference hits.
public struct DemoDataSummary: Sendable, Equatable {
    public struct FileCount: Sendable, Equatable {
        /// Path relative to the output directory ("payments.csv", "references/deaths.csv").
        public let name: String
        public let rows: Int
    }

    /// Rows of a reference file that are roll members rather than outsiders.
    public struct ReferenceHits: Sendable, Equatable {
        public let file: String
        /// Persons on 低保/特困 (in payment) placed in the file.
        public let enrolled: Int
        /// Other roll members (demo county only).
        public let otherRollMembers: Int
    }

    public let options: DemoDataOptions
    public let files: [FileCount]
    public let roll: RollStats
    public let referenceHits: [ReferenceHits]
    /// The answer key: what a cross-check run over these files must find (planted.csv).
    public let planted: PlantedFindings

    public func rows(of name: String) -> Int? {
        files.first { $0.name == name }?.rows
    }
}
