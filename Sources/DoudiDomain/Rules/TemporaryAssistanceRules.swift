/// Decides a 临时救助 application on a date: the once-per-cause rule, 支出型's means test, the
/// range for the household (with 淄博's floor for 低保 freshmen, 阳谷's epidemic float and
/// the overall cap), the proposal against it, the approval level and 先行救助.
///
/// Source: policy reference §1.12 (649号 arts 47–48; 国发〔2014〕47号; the local amounts,
/// caps, township ceilings and frequency rules it tabulates) and §5 item 6 (once per cause
/// per year, Local); 阳民发〔2020〕4号 (the epidemic float). Amounts the caseworker sets within
/// the range: the rules never choose one, as no document fixes a single figure.
public enum TemporaryAssistanceRules {
    public static func evaluate(_ r: TemporaryAssistanceRequest, on date: CivilDate, parameters p: TemporaryAssistanceParameters,
                                explain: Bool = false) -> TemporaryAssistanceDecision {
        var explainer = Explainer(enabled: explain, sources: p.sources)
        var d = TemporaryAssistanceDecision()
        let countyOnly = r.special == true

        let repeats = (r.previous ?? []).filter { $0.cause == r.causeKey && $0.date.year == date.year && !(date < $0.date) }
        var exception = false
        if p.oncePerCausePerYear, let last = repeats.max(by: { $0.date < $1.date }) {
            exception = r.countyException == true
            if !exception { d.reasons.append("frequency") }
            explainer.add("linshi.frequency", exception ? "explain.linshi.frequency.exception" : "explain.linshi.frequency.repeat",
                          ["cause": r.causeKey, "date": last.date.iso], keys: ["linshi.once_per_cause_per_year"])
        }

        if r.kind.isExpense, p.expenseIncomeTest {
            let line = p.disposableIncome(r.area)
            if let income = r.annualIncome?.money {
                // Per-capita income below the line, compared exactly: income < line × size.
                let below = income < line * Int64(r.householdSize)
                if !below { d.reasons.append("income") }
                explainer.add("linshi.income", below ? "explain.linshi.income.below" : "explain.linshi.income.above",
                              ["income": income.yuanText, "size": String(r.householdSize), "line": line.yuanText],
                              keys: ["linshi.expense.income_test", "region.per_capita_disposable_income.\(r.area.rawValue)"])
            } else {
                d.reasons.append("income_missing")
                explainer.add("linshi.income", "explain.linshi.income.missing", keys: ["linshi.expense.income_test"])
            }
        }

        let base = p.base(for: r.area)
        if countyOnly {
            explainer.add("linshi.range", "explain.linshi.range.special")
        } else if let range = p.ranges[r.kind] {
            let units = Int64(range.scale == .household ? 1 : range.scale == .member ? r.householdSize : (r.affected ?? 1))
            d.minimum = TemporaryAssistanceParameters.amount(range.minimum, base: base).map { $0 * units }
            d.maximum = TemporaryAssistanceParameters.amount(range.maximum, base: base).map { $0 * units }
            var keys = ["linshi.\(r.kind.rawValue).min", "linshi.\(r.kind.rawValue).max", "linshi.\(r.kind.rawValue).scale",
                        "linshi.standard_base", "dibao.standard.\(p.urbanBase ? "urban" : r.area.rawValue)", "linshi.cap"]
            if r.kind == .emergency, r.epidemic == true, p.epidemicFloat > .zero, let maximum = d.maximum {
                d.maximum = maximum + p.epidemicFloat
                keys.append("linshi.emergency.epidemic_float")
            }
            if r.kind == .education, r.dibaoFreshman == true, p.dibaoFreshmanMinimum > .zero {
                // The floor is per freshman; it outranks a range it would leave empty.
                let floor = p.dibaoFreshmanMinimum * units
                d.minimum = max(d.minimum ?? .zero, floor)
                if let maximum = d.maximum, maximum < floor { d.maximum = floor }
                keys.append("linshi.education.dibao_freshman_min")
            }
            if let cap = TemporaryAssistanceParameters.amount(p.cap, base: base) {
                d.maximum = min(d.maximum ?? cap, cap)
                if let minimum = d.minimum, cap < minimum { d.minimum = cap }
            }
            explainer.add("linshi.range", "explain.linshi.range", [
                "kind": L("linshi.kind.\(r.kind.rawValue)"), "base": base.yuanText, "units": String(units),
                "scale": L("linshi.scale.\(range.scale.rawValue)"),
                "minimum": d.minimum?.yuanText ?? L("linshi.unset"), "maximum": d.maximum?.yuanText ?? L("linshi.unset"),
            ], keys: keys)
        }

        d.townshipCap = countyOnly ? nil : TemporaryAssistanceParameters.amount(p.townshipCap, base: base)
        if let proposed = r.proposed?.money {
            if let minimum = d.minimum, proposed < minimum { d.reasons.append("amount.below_min") }
            if let maximum = d.maximum, maximum < proposed { d.reasons.append("amount.above_max") }
            let withinTownship = d.townshipCap.map { proposed <= $0 } ?? false
            d.approval = withinTownship && !exception && !countyOnly ? .township : .county
            explainer.add("linshi.approval", "explain.linshi.approval.\(d.approval!.rawValue)",
                          ["amount": proposed.yuanText, "cap": d.townshipCap?.yuanText ?? L("linshi.unset")],
                          keys: ["linshi.township_cap"])
        }
        if r.kind.isEmergency, p.advanceHours > 0, d.grantable {
            d.advanceWithinHours = p.advanceHours
            explainer.add("linshi.advance", "explain.linshi.advance", ["hours": String(p.advanceHours)], keys: ["linshi.advance_hours"])
        }
        d.explanation = explainer.steps
        return d
    }
}
