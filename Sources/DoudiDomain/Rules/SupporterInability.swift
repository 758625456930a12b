/// Whether a legal supporter counts as unable to support a 特困 applicant, and why.
///
/// Source: policy reference §1.10 (43号 art 7): the supporter is 特困; is a 低保 recipient
/// aged 60 or more; is aged 70 or more with income below last year's local per-capita
/// disposable income and property within the 低收入家庭 rule; is severely disabled (or has
/// grade-3 intellectual or mental disability) with the same income and property test; or
/// has no civil capacity, is declared missing or is in prison, with property within the rule.
public enum SupporterInability {
    public enum Reason: String, Sendable, Equatable {
        case onTekun = "on_tekun"
        case elderlyOnDibao = "elderly_on_dibao"
        case elderlyLowIncome = "elderly_low_income"
        case severelyDisabledLowIncome = "severely_disabled_low_income"
        case cannotAct = "cannot_act"
    }

    /// The first reason that applies, or nil: the supporter is able to support.
    public static func reason(_ supporter: TekunSupporter, applicantArea: AreaKind, on date: CivilDate, parameters p: TekunParameters) -> Reason? {
        let age = supporter.birthDate?.age(on: date) ?? -1  // unknown: no age rule applies
        let property = supporter.propertyWithinRule == true
        let lowIncome = supporter.annualIncome.map { $0.money < p.disposableIncome(supporter.area ?? applicantArea) } ?? false
        if supporter.onTekun == true { return .onTekun }
        if supporter.onDibao == true, age >= p.supporterDibaoAge { return .elderlyOnDibao }
        if age >= p.supporterElderlyAge, lowIncome, property { return .elderlyLowIncome }
        if supporter.isSeverelyDisabled, lowIncome, property { return .severelyDisabledLowIncome }
        if supporter.cannotAct == true, property { return .cannotAct }
        return nil
    }
}
