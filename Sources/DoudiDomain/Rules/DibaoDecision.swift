/// What the 低保 rules decide for a household on a date: the output of `doudi evaluate`.
public struct DibaoDecision: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// Covered as a household (按户施保: every counted member).
        case eligible
        /// 低保边缘家庭 with members covered as 单人保.
        case singlePerson = "single_person"
        /// 低保边缘家庭, nobody covered.
        case edge
        /// Income rose into the 渐退 band: paid a tapering amount.
        case phasedExit = "phased_exit"
        case ineligible

        /// Paid: as a household, as 单人保 members, or tapering out (渐退).
        public var isPaid: Bool { self == .eligible || self == .singlePerson || self == .phasedExit }
    }

    public var id: String?
    public var status: Status
    /// Why not eligible (codes: `income`, `assets.financial`, `assets.homes`, …); empty when eligible.
    public var reasons: [String] = []
    public var membersCounted = 0
    public var standard = Yuan(.zero)
    public var householdIncome = Yuan(.zero)
    public var perCapitaIncome = Yuan(.zero)
    /// The monthly amount for the household, add-ons included.
    public var amount = Yuan(.zero)
    public var baseAmount = Yuan(.zero)
    public var addOns = Yuan(.zero)
    /// 单人保 members, by their position in the input, with their amounts.
    public var singlePersons: [SinglePersonAmount] = []
    public var phasedExitMonth: Int?
    public var reviewClass: ReviewClass?
    public var nextReview: CivilDate?
    public var explanation: [ExplanationStep]?

    enum CodingKeys: String, CodingKey {
        case id, status, reasons, standard, amount, explanation
        case membersCounted = "members_counted"
        case householdIncome = "household_income"
        case perCapitaIncome = "per_capita_income"
        case baseAmount = "base_amount"
        case addOns = "add_ons"
        case singlePersons = "single_persons"
        case phasedExitMonth = "phased_exit_month"
        case reviewClass = "review_class"
        case nextReview = "next_review"
    }

    public init(id: String?, status: Status) {
        self.id = id
        self.status = status
    }
}

public struct SinglePersonAmount: Hashable, Sendable, Codable {
    public var member: Int
    public var amount: Yuan
}
