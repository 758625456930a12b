/// The household's monthly 低保 before add-ons: the gap between the standard and the
/// household's income (差额), or the band its per-capita income falls in (分档), times the
/// covered members; never less than the region's minimum per person.
///
/// Source: 649号 art 12 and 57号 art 23 (差额: (std − per-capita income) × people; 分档 allowed);
/// minimum payments (20 % of std; 象山 100 / 60 yuan) and 淄博's bands are local (policy
/// reference §1.8). 按户施保: every counted member is covered, never a subset (§1.2,
/// national guidance against partial enrolment).
public enum DibaoAmount {
    public static func base(income: Money, counted: Int, area: AreaKind, parameters p: DibaoParameters) -> Money {
        let standard = p.standard(area)
        let n = Int64(counted)
        var amount: Money
        switch p.method {
        case .gap:
            amount = standard * n - income
        case .banded:
            // Per-capita income compared exactly: income < limit × n.
            let band = p.bands(area).first { income < $0.incomeBelow * n }
            amount = (band?.amountPerPerson ?? .zero) * n
        }
        let minimum = minimumPerPerson(area: area, parameters: p) * n
        amount = max(amount, minimum)
        return p.rounding.round(amount)
    }

    static func minimumPerPerson(area: AreaKind, parameters p: DibaoParameters) -> Money {
        switch p.minimum(area) {
        case let .fixed(amount): amount
        case let .percentOfStandard(rate): rate.of(p.standard(area), rounding: p.rounding)
        default: .zero
        }
    }
}
