/// The support a household is taken to receive from liable relatives outside it, where the
/// region imputes it (计算赡养费、抚养费、扶养费), a month.
///
/// Source: policy reference §1.2, "Imputed income from liable relatives" (Local; the 2021
/// rules leave it to provinces), http://www.fymate.net/html/text/lar/170436/17043662_3.html :
/// - 赡养费 = (the giver's household annual income − the rural standard × 12 × their
///   household size) × 50 % ÷ the number of people they support;
/// - 抚/扶养费 = the giver's income × 25 % for each dependant, at most 50 % in all.
/// The shares, the cap and whether to impute at all are the `dibao.income.imputed_support*`
/// parameters. Income is money received, so the result rounds to the fen half-up whatever
/// the region's payment rounding.
public enum ImputedSupport {
    public static func monthly(_ relatives: [LiableRelative]?, parameters p: DibaoParameters) -> Money {
        guard p.imputedSupport.enabled, let relatives else { return .zero }
        var total = Money.zero
        for relative in relatives { total = total + monthly(relative, parameters: p) }
        return total
    }

    /// One giver's monthly support to the members of this household.
    public static func monthly(_ relative: LiableRelative, parameters p: DibaoParameters) -> Money {
        let rule = p.imputedSupport
        let supports = Int64(relative.supports), here = Int64(relative.supportedHere)
        let base: Money, share: Int64
        switch relative.duty {
        case .elderly:
            // The giver's own household lives on the rural standard first.
            let livingCosts = p.standardRural * 12 * Int64(relative.householdSize ?? 1)
            base = max(.zero, relative.annualIncome.money - livingCosts)
            share = rule.elderlyShare.tenThousandths
        case .dependant:
            base = relative.annualIncome.money
            share = min(rule.dependantShare.tenThousandths * supports, rule.dependantCap.tenThousandths)
        }
        // base × share ÷ supports × here ÷ 12 months, rounded once at the end.
        return base.scaled(numerator: share * here, denominator: Rate.scale * supports * 12, rounding: .fenHalfUp)
    }
}
