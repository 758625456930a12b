import DoudiDomain

/// One thing a rule found: the roll row it is about and what it was found against,
/// a reference row or another roll row. The caller turns hits into findings.
public struct CrossCheckHit: Sendable, Hashable {
    /// What kind of duplicate or identity problem, for rules that have several.
    public enum Detail: UInt8, Sendable, CaseIterable {
        case none = 0
        /// 低保 and 特困 at once.
        case dibaoAndTekun
        /// Two enrollments in force in one program.
        case sameProgramTwice
        /// On another county's roll of the same program.
        case otherCountyRoll
        /// Two registry person records with one ID number.
        case twoRecords
        /// 错保 signals (`WealthSignal`), in its order.
        case vehicle, homes, nonResidential, business, payroll, pension, wageBase, providentFund

        public init(_ signal: WealthSignal) {
            self = Self(rawValue: Self.vehicle.rawValue + UInt8(WealthSignal.allCases.firstIndex(of: signal)!))!
        }

        public var wealthSignal: WealthSignal? {
            guard rawValue >= Self.vehicle.rawValue else { return nil }
            return WealthSignal.allCases[Int(rawValue - Self.vehicle.rawValue)]
        }
    }

    public var rule: IdentityRule
    public var detail: Detail
    public var rollRow: Int32
    /// The batch (its index in the run's list) and the row in its columns, or -1.
    public var batch: Int32 = -1
    public var batchRow: Int32 = -1
    /// The other roll row of a duplicate, or -1.
    public var otherRollRow: Int32 = -1
    /// The number a detail rests on: for `homes`, the homes the household holds; else 0.
    public var figure: Int32 = 0

    public init(rule: IdentityRule, detail: Detail = .none, rollRow: Int32, batch: Int32 = -1, batchRow: Int32 = -1, otherRollRow: Int32 = -1) {
        self.rule = rule
        self.detail = detail
        self.rollRow = rollRow
        self.batch = batch
        self.batchRow = batchRow
        self.otherRollRow = otherRollRow
    }
}
