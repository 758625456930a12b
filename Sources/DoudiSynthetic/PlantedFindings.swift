import DoudiDomain

/// The answer key of the demo data: for each rule, the roll members the generator planted a
/// problem on and how many findings each must give, and the roll members it put into
/// department data that must give none (written to planted.csv, counted in README.txt).
public struct PlantedFindings: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let rule: AuditRule
        /// The ID number as written to households.csv (synthetic); for a region rule
        /// (RG-), the township's 12-digit code.
        public let idNumber: String
        /// Findings the rule must give for this person from this plant; 0 for a clean record.
        public let expected: Int
        public let note: String
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    mutating func add(_ rule: IdentityRule, _ idNumber: String, expected: Int, note: String) {
        add(.identity(rule), idNumber, expected: expected, note: note)
    }

    mutating func add(_ rule: AuditRule, _ idNumber: String, expected: Int, note: String) {
        entries.append(Entry(rule: rule, idNumber: idNumber, expected: expected, note: note))
    }

    mutating func append(contentsOf other: PlantedFindings) {
        entries += other.entries
    }

    /// Findings a run must give for `rule`.
    public func findings(of rule: AuditRule) -> Int {
        entries.lazy.filter { $0.rule == rule }.reduce(0) { $0 + $1.expected }
    }

    /// Planted records that must give no finding under `rule`.
    public func cleanRecords(of rule: AuditRule) -> Int {
        entries.lazy.filter { $0.rule == rule && $0.expected == 0 }.count
    }

    static let header = ["规则代码", "公民身份号码或区划代码", "预期发现数", "说明"]
}
