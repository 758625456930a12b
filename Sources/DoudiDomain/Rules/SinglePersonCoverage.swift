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

    public static func amount(for member: MemberSituation, area: AreaKind, parameters p: DibaoParameters) -> Money {
        let standard = p.standard(area)
        switch p.singlePersonAmount {
        case .gap:
            let own = (member.incomes ?? []).filter { !p.excludedIncome.contains($0.kind) }
                .reduce(Money.zero) { $0 + $1.monthly.money }
            return p.rounding.round(max(.zero, standard - own))
        case let .percentOfStandard(rate): return rate.of(standard, rounding: p.rounding)
        case let .fixed(amount): return amount
        default: return .zero
        }
    }
}
