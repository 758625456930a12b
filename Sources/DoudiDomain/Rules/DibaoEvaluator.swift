/// Decides a household's 低保 on a date: composition, income, assets, then eligibility,
/// 边缘 and 单人保, 渐退, the amount with 分类施保, and the review date. With `explain`, each
/// step records what it found and the parameters it used; without it nothing is built
/// but the decision.
///
/// Source: policy reference §1.1–§1.9 and §5 item 3 (each step's own file cites its rule).
public enum DibaoEvaluator {
    public static func evaluate(_ household: HouseholdSituation, on date: CivilDate, parameters p: DibaoParameters,
                                explain: Bool = false) -> DibaoDecision {
        var explainer = Explainer(enabled: explain, parameters: p)
        let area = household.area
        let standard = p.standard(area)
        let counted = household.members.map { HouseholdComposition.isCounted($0, on: date) }
        let n = counted.lazy.filter { $0 }.count
        var decision = DibaoDecision(id: household.id, status: .ineligible)
        decision.membersCounted = n
        decision.standard = Yuan(standard)
        explainer.add("composition", "explain.composition", ["counted": String(n), "total": String(household.members.count)])
        guard n > 0 else {
            decision.reasons = ["composition.empty"]
            return finish(decision, explainer)
        }

        let income = HouseholdIncome.assess(household.members, counted: counted, standard: standard, parameters: p,
                                            relatives: household.liableRelatives)
        let countable = income.countable
        decision.householdIncome = Yuan(countable)
        decision.perCapitaIncome = Yuan(countable.scaled(numerator: 1, denominator: Int64(n), rounding: .fenHalfUp))
        if p.imputedSupport.enabled, !(household.liableRelatives ?? []).isEmpty {
            explainer.add("imputed_support", "explain.imputed_support", [
                "count": String(household.liableRelatives?.count ?? 0), "imputed": income.supportImputed.yuanText,
                "reported": income.supportReported.yuanText, "added": income.supportAdded.yuanText,
            ], keys: ["dibao.income.imputed_support", "dibao.income.imputed_support.elderly_share",
                      "dibao.income.imputed_support.dependant_share", "dibao.income.imputed_support.dependant_cap", "dibao.standard.rural"])
        }
        explainer.add("income", income.supportAdded > .zero ? "explain.income.imputed" : "explain.income", [
            "gross": income.gross.yuanText, "excluded": income.excluded.yuanText, "job_cost": income.jobCost.yuanText,
            "medical": income.medical.yuanText, "support": income.supportAdded.yuanText, "countable": countable.yuanText,
            "per_capita": decision.perCapitaIncome.description,
        ], keys: ["dibao.income.excluded", "dibao.income.job_cost", "dibao.income.medical_deduction"])

        let assetFailures = AssetTest.failures(household.assets, counted: n, area: area, parameters: p)
        explainer.add("assets", assetFailures.isEmpty ? "explain.assets.pass" : "explain.assets.fail",
                      ["failures": assetFailures.map { L("decision.reason.\($0)") }.joined(separator: "、")],
                      keys: ["dibao.assets.financial_months", "dibao.assets.financial_base", "dibao.assets.max_homes", "dibao.assets.non_residential_allowed",
                             "dibao.assets.exempt_vehicles", "dibao.assets.exempt_businesses"])
        guard assetFailures.isEmpty else {
            decision.reasons = assetFailures
            return finish(decision, explainer)
        }

        let standardKey = area == .urban ? "dibao.standard.urban" : "dibao.standard.rural"
        if countable < standard * Int64(n) {
            decision.status = .eligible
            explainer.add("eligibility", "explain.eligible", ["standard": standard.yuanText, "n": String(n)], keys: [standardKey])
            decision.baseAmount = Yuan(DibaoAmount.base(income: countable, counted: n, area: area, parameters: p))
            var addOns = Money.zero
            for (index, member) in household.members.enumerated() where counted[index] {
                addOns = addOns + CategoricalAddOns.rate(for: member, on: date, parameters: p).of(standard, rounding: p.rounding)
            }
            decision.addOns = Yuan(addOns)
            decision.amount = Yuan(decision.baseAmount.money + addOns)
            explainer.add("amount", "explain.amount", ["base": decision.baseAmount.description, "add_ons": addOns.yuanText,
                                                       "amount": decision.amount.description],
                          keys: ["dibao.amount_method", "dibao.minimum_per_person.\(area.rawValue)", "dibao.add_ons",
                                 "dibao.add_ons.stacking", "dibao.rounding"])
        } else if let current = household.current, p.phasedExitMonths > 0,
                  PhasedExit.withinBand(income: countable, counted: n, area: area, parameters: p),
                  PhasedExit.opens(household.members, counted: counted, imputedSupport: income.supportAdded > .zero, parameters: p),
                  let month = PhasedExit.month(startedIn: current.phasedExitFrom, on: date, parameters: p) {
            decision.status = .phasedExit
            decision.phasedExitMonth = month + 1
            decision.amount = Yuan(PhasedExit.amount(month: month, lastAmount: current.monthlyAmount.money, parameters: p))
            decision.baseAmount = decision.amount
            explainer.add("phased_exit", "explain.phased_exit", ["month": String(month + 1), "months": String(p.phasedExitMonths),
                                                                 "amount": decision.amount.description],
                          keys: ["dibao.phased_exit.months", "dibao.phased_exit.income_ceiling", "dibao.phased_exit.step_rates",
                                 "dibao.phased_exit.income_kinds"])
        } else if p.edgeMultiplier.multiple(of: standard * Int64(n), exceeds: countable) {
            decision.status = .edge
            decision.reasons = ["income"] + phasedExitEnded(household, on: date, parameters: p)
            var base = Money.zero, addOns = Money.zero
            // Which members the relatives owe is not recorded, so each counted member is
            // taken to receive an equal share of the imputed support.
            let imputedShare = income.supportAdded.scaled(numerator: 1, denominator: Int64(n), rounding: .fenHalfUp)
            for (index, member) in household.members.enumerated() where counted[index] {
                guard let amount = SinglePersonCoverage.amount(for: member, area: area, imputedSupport: imputedShare, parameters: p)
                else { continue }
                let addOn = CategoricalAddOns.rate(for: member, on: date, parameters: p).of(standard, rounding: p.rounding)
                (base, addOns) = (base + amount, addOns + addOn)
                decision.singlePersons.append(SinglePersonAmount(member: index, amount: Yuan(amount + addOn)))
            }
            if !decision.singlePersons.isEmpty {
                decision.status = .singlePerson
                (decision.baseAmount, decision.addOns, decision.amount) = (Yuan(base), Yuan(addOns), Yuan(base + addOns))
            }
            explainer.add("edge", decision.singlePersons.isEmpty ? "explain.edge" : "explain.single_person",
                          ["count": String(decision.singlePersons.count), "amount": decision.amount.description],
                          keys: ["dibao.edge_multiplier", "dibao.single_person.amount", standardKey])
        } else {
            decision.reasons = ["income"] + phasedExitEnded(household, on: date, parameters: p)
            explainer.add("eligibility", "explain.ineligible.income", ["standard": standard.yuanText], keys: [standardKey, "dibao.edge_multiplier"])
        }

        if decision.status != .ineligible && decision.status != .edge {
            // 单人保 members are judged alone, not with the household around them.
            let judged = decision.status == .singlePerson
                ? household.members.indices.map { index in decision.singlePersons.contains { $0.member == index } }
                : counted
            let reviewClass = household.reviewClass ?? ReviewSchedule.reviewClass(household.members, counted: judged, on: date, parameters: p)
            decision.reviewClass = reviewClass
            decision.nextReview = ReviewSchedule.nextReview(after: date, class: reviewClass, area: area, parameters: p)
            explainer.add("review", "explain.review", ["class": reviewClass.rawValue, "date": decision.nextReview?.iso ?? ""],
                          keys: ["dibao.review.months.a", "dibao.review.months.b", "dibao.review.months.c_\(area.rawValue)"])
        }
        return finish(decision, explainer)
    }

    /// A household whose 渐退 period is over is judged like any other (it may still be
    /// 边缘, with 单人保 members); the reason says the period ended.
    private static func phasedExitEnded(_ household: HouseholdSituation, on date: CivilDate, parameters p: DibaoParameters) -> [String] {
        guard let start = household.current?.phasedExitFrom, p.phasedExitMonths > 0,
              PhasedExit.month(startedIn: start, on: date, parameters: p) == nil else { return [] }
        return ["phased_exit.ended"]
    }

    private static func finish(_ decision: DibaoDecision, _ explainer: Explainer) -> DibaoDecision {
        var decision = decision
        if explainer.enabled { decision.explanation = explainer.steps }
        return decision
    }
}
