/// The 临时救助 parameters of one region on one date, each with where it came from.
///
/// Source: policy reference §1.12: amounts are multiples of the monthly 低保 standard
/// (usually the urban one) or set sums, by kind of hardship (急难型, 支出型 for illness or
/// education); an overall cap; grants up to a ceiling approved by the township (649号
/// art 48 lets the county delegate small amounts; Shandong 2019: ≤ 3,000 yuan); 先行救助 within
/// hours (Shandong 24 h); once per cause per natural year; 支出型 households' per-capita
/// disposable income below last year's local figure. None of these is national: the
/// national file leaves ranges and caps unset, and regions set them.
public struct TemporaryAssistanceParameters: Sendable {
    /// One kind's range: each bound an amount or a multiple of the standard (or unset),
    /// counted once per household, per member, or per affected person.
    public struct Range: Sendable, Equatable {
        public let minimum: AmountRule
        public let maximum: AmountRule
        public let scale: TemporaryAssistanceScale
    }

    public let standardUrban: Money
    public let standardRural: Money
    /// Multiples are of the urban standard everywhere, or of the household's own area's.
    public let urbanBase: Bool
    public let ranges: [TemporaryAssistanceKind: Range]
    public let cap: AmountRule
    public let townshipCap: AmountRule
    /// Hours within which the township helps first (先行救助) and completes the file after;
    /// 0 when the region sets no limit.
    public let advanceHours: Int
    public let oncePerCausePerYear: Bool
    public let expenseIncomeTest: Bool
    /// Raise of the 急难型 limit for households in hardship because a member was
    /// quarantined or treated during epidemic control (阳谷: up to 1,000 yuan).
    public let epidemicFloat: Money
    /// The least an education grant gives a 低保 family's first-year undergraduate (淄博:
    /// 4,000 yuan); zero when unset.
    public let dibaoFreshmanMinimum: Money
    public let disposableIncomeUrban: Money
    public let disposableIncomeRural: Money
    public let sources: [String: ResolvedValue]

    public init(book: PolicyBook, region: RegionCode, on date: CivilDate) throws(PolicyError) {
        var reader = ParameterReader(book: book, region: region, date: date)
        standardUrban = try reader.money("dibao.standard.urban")
        standardRural = try reader.money("dibao.standard.rural")
        urbanBase = try reader.choice("linshi.standard_base") == "urban"
        var ranges: [TemporaryAssistanceKind: Range] = [:]
        for kind in TemporaryAssistanceKind.allCases {
            let prefix = "linshi.\(kind.rawValue)"
            let range = Range(minimum: try reader.amountRule("\(prefix).min"), maximum: try reader.amountRule("\(prefix).max"),
                              scale: TemporaryAssistanceScale(rawValue: try reader.choice("\(prefix).scale")) ?? .household)
            // Bounds of one form compare without a standard; a least above the most is a typo.
            if Self.exceeds(range.minimum, range.maximum) {
                throw PolicyError(reader.sources["\(prefix).max"]?.dated.location, "policy.error.linshi.range_order", ["kind": kind.rawValue])
            }
            ranges[kind] = range
        }
        self.ranges = ranges
        cap = try reader.amountRule("linshi.cap")
        townshipCap = try reader.amountRule("linshi.township_cap")
        advanceHours = try reader.integer("linshi.advance_hours")
        oncePerCausePerYear = try reader.boolean("linshi.once_per_cause_per_year")
        expenseIncomeTest = try reader.boolean("linshi.expense.income_test")
        epidemicFloat = try reader.money("linshi.emergency.epidemic_float")
        dibaoFreshmanMinimum = try reader.money("linshi.education.dibao_freshman_min")
        disposableIncomeUrban = try reader.money("region.per_capita_disposable_income.urban")
        disposableIncomeRural = try reader.money("region.per_capita_disposable_income.rural")
        sources = reader.sources
    }

    /// The standard multiples are taken of, for a household of `area`.
    public func base(for area: AreaKind) -> Money {
        urbanBase || area == .urban ? standardUrban : standardRural
    }

    public func disposableIncome(_ area: AreaKind) -> Money { area == .urban ? disposableIncomeUrban : disposableIncomeRural }

    static func exceeds(_ low: AmountRule, _ high: AmountRule) -> Bool {
        switch (low, high) {
        case let (.fixed(a), .fixed(b)): b < a
        case let (.multipleOfStandard(a), .multipleOfStandard(b)): b < a
        default: false
        }
    }

    /// An amount rule's value against `base`, or nil when unset. Multiples are exact to the fen.
    static func amount(_ rule: AmountRule, base: Money) -> Money? {
        switch rule {
        case let .fixed(money): money
        case let .multipleOfStandard(rate), let .percentOfStandard(rate): rate.of(base, rounding: .fenHalfUp)
        default: nil
        }
    }
}
