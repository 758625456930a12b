/// 单人保: in a 低保边缘家庭, a member with a severe disability or a serious illness may be
/// covered alone; the amount follows the region's rule (the one-person gap, a share of the
/// standard, or a fixed sum).
///
/// Source: 57号 art 8 (policy reference §1.4): 边缘 families' members holding a grade 1–2
/// 残疾人证, or grade 3 intellectual or mental, or with a recognised 重特大疾病; 青岛 pays
/// them at least 60 % of the standard.
public enum SinglePersonCoverage {
    public static func qualifies(_ member: MemberSituation) -> Bool {
        member.isSeverelyDisabled || member.seriousIllness == true
    }

    /// The member's monthly amount when covered alone, or nil when they do not qualify: not
    /// severely disabled or ill, or their own countable income (assessed as a one-person
    /// household, with its deductions, plus `imputedSupport`: their share of what liable
    /// relatives owe the household) is not below the standard.
    public static func amount(for member: MemberSituation, area: AreaKind, imputedSupport: Money = .zero,
                              parameters p: DibaoParameters) -> Money? {
        guard qualifies(member) else { return nil }
        let standard = p.standard(area)
        let own = HouseholdIncome.assess([member], counted: [true], standard: standard, parameters: p).countable + imputedSupport
        guard own < standard else { return nil }
        let amount: Money
        switch p.singlePersonAmount {
        case let .percentOfStandard(rate): amount = rate.of(standard, rounding: p.rounding)
        case let .fixed(fixed): amount = fixed
        default: amount = standard - own
        }
        return p.rounding.round(max(amount, DibaoAmount.minimumPerPerson(area: area, parameters: p)))
    }
}
