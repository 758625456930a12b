/// The household's countable monthly income: every counted member's income except the
/// excluded kinds in force, less the job-cost deduction on wages and, where the region
/// allows, rigid medical spending. Never below zero.
///
/// Source: 57号 art 13 (countable categories) and the exclusions listed in policy reference
/// §1.2 (优待抚恤金, 计划生育奖励, scholarships, 见义勇为, social assistance, and during
/// 2021–2025 the 基础养老金; the list and its dates are the `dibao.income.excluded` parameter);
/// deductions for job costs and rigid spending "as regulated" (兴安盟 10 % of income or of the
/// minimum wage, 赣州 30 % of the standard); imputed support from liable relatives where the
/// region configures it (`ImputedSupport`), counted in place of the support reported when
/// it is more: the formula is what the relatives owe, and a larger payment is still income.
/// The two are compared for the household as a whole, as the input records payments by
/// the member who receives them, not by the relative who pays. Where the region excludes
/// support payments from income, nothing is imputed either.
public enum HouseholdIncome {
    public struct Assessment: Sendable {
        public var gross = Money.zero
        public var excluded = Money.zero
        public var jobCost = Money.zero
        public var medical = Money.zero
        /// Support payments reported by counted members (counted in `gross`).
        public var supportReported = Money.zero
        /// What liable relatives owe the household by the region's formula.
        public var supportImputed = Money.zero
        /// The imputed support beyond what was reported, added to income.
        public var supportAdded: Money { max(.zero, supportImputed - supportReported) }
        public var countable: Money { max(.zero, gross - excluded - jobCost - medical + supportAdded) }
    }

    public static func assess(_ members: [MemberSituation], counted: [Bool], standard: Money, parameters p: DibaoParameters,
                              relatives: [LiableRelative]? = nil) -> Assessment {
        var result = Assessment()
        if !p.excludedIncome.contains(.supportPayment) {
            result.supportImputed = ImputedSupport.monthly(relatives, parameters: p)
        }
        for (index, member) in members.enumerated() where counted[index] {
            var wages = Money.zero
            for item in member.incomes ?? [] {
                result.gross = result.gross + item.monthly.money
                if p.excludedIncome.contains(item.kind) {
                    result.excluded = result.excluded + item.monthly.money
                } else if item.kind == .wages {
                    wages = wages + item.monthly.money
                } else if item.kind == .supportPayment {
                    result.supportReported = result.supportReported + item.monthly.money
                }
            }
            if wages > .zero { result.jobCost = result.jobCost + jobCost(wages: wages, standard: standard, parameters: p) }
            if p.medicalDeduction, let spending = member.medicalSpending?.money { result.medical = result.medical + spending }
        }
        return result
    }

    /// The deduction for one employed member, never more than their wages.
    static func jobCost(wages: Money, standard: Money, parameters p: DibaoParameters) -> Money {
        let deduction: Money
        switch p.jobCost {
        case let .percentOfIncome(rate): deduction = rate.of(wages, rounding: p.rounding)
        case let .percentOfStandard(rate): deduction = rate.of(standard, rounding: p.rounding)
        case let .percentOfMinimumWage(rate): deduction = rate.of(p.minimumWage ?? .zero, rounding: p.rounding)
        case .fixed(let amount): deduction = amount
        case .none, .gap, .multipleOfStandard: deduction = .zero  // the catalogue admits no multiple here
        }
        return min(deduction, wages)
    }
}
