/// What a standard change does: each household whose 低保 or 特困 money changes, and the
/// totals by township (monthly, in fen).
public struct SimulationResult: Sendable {
    public enum Change: String, Sendable, CaseIterable {
        /// Not covered before, covered after (新增保障).
        case joins
        /// Covered before, not after (退出保障).
        case leaves
        /// Covered both times, with a different amount.
        case amount
        /// Only the 特困 basic living standard of members moved.
        case tekun
    }

    public struct Row: Sendable {
        public let household: RegisteredHousehold
        public let change: Change
        public let before: DibaoDecision.Status
        public let after: DibaoDecision.Status
        public let dibaoBefore: Money
        public let dibaoAfter: Money
        public let tekunBefore: Money
        public let tekunAfter: Money
        public var difference: Money { (dibaoAfter + tekunAfter) - (dibaoBefore + tekunBefore) }
    }

    public struct Totals: Sendable, Equatable {
        public var households = 0
        /// Households the rules cannot assess (a member without a birth date).
        public var notAssessed = 0
        public var coveredBefore = 0
        public var coveredAfter = 0
        public var joins = 0
        public var leaves = 0
        public var amountChanged = 0
        public var dibaoBefore = Money.zero
        public var dibaoAfter = Money.zero
        /// 特困 basic living standard of the members on 特困 (care does not move with the standard).
        public var tekunBefore = Money.zero
        public var tekunAfter = Money.zero
        public var costBefore: Money { dibaoBefore + tekunBefore }
        public var costAfter: Money { dibaoAfter + tekunAfter }
        public var difference: Money { costAfter - costBefore }

        public init() {}

        static func + (a: Totals, b: Totals) -> Totals {
            var sum = a
            sum.households += b.households; sum.notAssessed += b.notAssessed
            sum.coveredBefore += b.coveredBefore; sum.coveredAfter += b.coveredAfter
            sum.joins += b.joins; sum.leaves += b.leaves; sum.amountChanged += b.amountChanged
            sum.dibaoBefore = sum.dibaoBefore + b.dibaoBefore; sum.dibaoAfter = sum.dibaoAfter + b.dibaoAfter
            sum.tekunBefore = sum.tekunBefore + b.tekunBefore; sum.tekunAfter = sum.tekunAfter + b.tekunAfter
            return sum
        }
    }

    public let change: StandardChange
    public let rows: [Row]
    /// By township code, ascending.
    public let townships: [(township: RegionCode, totals: Totals)]
    public let total: Totals
}
