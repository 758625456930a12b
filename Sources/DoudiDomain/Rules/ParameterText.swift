/// A parameter value as explanations and the policy page show it.
public enum ParameterText {
    public static func describe(_ value: ParameterValue) -> String {
        switch value {
        case let .money(money): L("policy.value.yuan", ["amount": money.yuanText])
        case let .rate(rate): rate.description
        case let .integer(number): String(number)
        case let .boolean(flag): L(flag ? "common.yes" : "common.no")
        case let .choice(word): L("policy.choice.\(word)")
        case let .names(names): names.isEmpty ? "—" : names.map { L("policy.name.\($0)") }.joined(separator: "、")
        case let .rates(rates): rates.map(\.description).joined(separator: " / ")
        case let .bands(bands): bands.map { "<\($0.incomeBelow.yuanText)→\($0.amountPerPerson.yuanText)" }.joined(separator: "；")
        case let .addOns(addOns) where addOns.isEmpty: "—"
        case let .addOns(addOns): addOns.map { "\(L("policy.add_on.\($0.category.rawValue)")) \($0.rate.percentText)" }.joined(separator: "；")
        case let .amountRule(rule): describe(rule)
        case let .rounding(rule): L("policy.rounding", ["unit": L("policy.rounding.unit.\(rule.unit.rawValue)"),
                                                        "mode": L("policy.rounding.mode.\(rule.mode.rawValue)")])
        }
    }

    public static func describe(_ rule: AmountRule) -> String {
        switch rule {
        case .none: L("policy.rule.none")
        case .gap: L("policy.rule.gap")
        case let .fixed(money): L("policy.value.yuan", ["amount": money.yuanText])
        case let .percentOfStandard(rate): L("policy.rule.percent_of_standard", ["rate": rate.percentText])
        case let .multipleOfStandard(rate): L("policy.rule.multiple_of_standard", ["rate": rate.description])
        case let .percentOfIncome(rate): L("policy.rule.percent_of_income", ["rate": rate.percentText])
        case let .percentOfMinimumWage(rate): L("policy.rule.percent_of_minimum_wage", ["rate": rate.percentText])
        }
    }
}
