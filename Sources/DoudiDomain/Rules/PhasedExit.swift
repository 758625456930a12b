/// 渐退: a household whose income rises above the standard, but not beyond the region's
/// ceiling (e.g. 2 × the standard), keeps a tapering amount for some months: month k of
/// the period pays step k's share of its last amount (the last step repeating); after the
/// period it leaves.
///
/// Source: the national text allows "一定时间的渐退期" when employment lifts income above
/// the standard (policy reference §1.9); the months, the income band (连云港: up to 2×) and
/// the step-down (one city's draft: 100 %, 100 %, 80 %, 80 %, 60 %, 60 %) are local, and so
/// is who may have it: 赣州's 延退 is for households "领取养老金且收入在低保标准1–2倍", so a
/// region may name the income kinds that open the period (`dibao.phased_exit.income_kinds`).
public enum PhasedExit {
    /// Whether a counted member has income of a kind that opens the period; imputed support
    /// from liable relatives is a support payment.
    public static func opens(_ members: [MemberSituation], counted: [Bool], imputedSupport: Bool = false,
                             parameters p: DibaoParameters) -> Bool {
        if imputedSupport, p.phasedExitIncomeKinds.contains(.supportPayment) { return true }
        for (index, member) in members.enumerated() where counted[index] {
            for item in member.incomes ?? [] where item.monthly.money > .zero && p.phasedExitIncomeKinds.contains(item.kind) {
                return true
            }
        }
        return false
    }

    /// The month of the period `date` falls in (0 for the first), or nil once it is over.
    /// Without a start, or before it, the period begins now: the first month.
    public static func month(startedIn start: MonthPeriod?, on date: CivilDate, parameters p: DibaoParameters) -> Int? {
        let now = MonthPeriod(containing: date)
        let index = max(0, start.map { now.index - $0.index } ?? 0)
        return index < p.phasedExitMonths ? index : nil
    }

    public static func withinBand(income: Money, counted: Int, area: AreaKind, parameters p: DibaoParameters) -> Bool {
        // A line, not a payment: compared exactly, never rounded to the payment unit first.
        p.phasedExitCeiling.multiple(of: p.standard(area) * Int64(counted), reaches: income)
    }

    public static func amount(month: Int, lastAmount: Money, parameters p: DibaoParameters) -> Money {
        let steps = p.phasedExitSteps
        let step = steps.isEmpty ? Rate.one : steps[min(month, steps.count - 1)]
        return step.of(lastAmount, rounding: p.rounding)
    }
}
