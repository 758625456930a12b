/// 残疾人两项补贴 for one disabled person: the 困难残疾人生活补贴 and the 重度残疾人护理补贴,
/// each granted or refused with its reason.
///
/// Source: policy reference §1.11 and §1.13 (国发〔2015〕52号): the living subsidy for disabled
/// people in 低保 families (extendable to low-income families); the care subsidy for grades
/// 1–2 (extendable to non-severe intellectual and mental disability); 特困 people are excluded
/// from both, and a work-injury care allowance excludes the care subsidy (UNCONFIRMED
/// against 52号's text, hence a parameter); children in welfare institutions get the care
/// subsidy but not the living one. A certificate counts while valid on the day.
public struct DisabilitySubsidies: Sendable, Equatable {
    public struct Situation: Sendable, Hashable {
        public var disability: Disability
        public var inDibaoFamily: Bool
        /// In a 低保边缘 or other low-income family.
        public var inLowIncomeFamily: Bool
        public var onTekun: Bool
        public var receivesWorkInjuryCare: Bool
        public var childInWelfareInstitution: Bool

        public init(disability: Disability, inDibaoFamily: Bool = false, inLowIncomeFamily: Bool = false, onTekun: Bool = false,
                    receivesWorkInjuryCare: Bool = false, childInWelfareInstitution: Bool = false) {
            self.disability = disability
            self.inDibaoFamily = inDibaoFamily
            self.inLowIncomeFamily = inLowIncomeFamily
            self.onTekun = onTekun
            self.receivesWorkInjuryCare = receivesWorkInjuryCare
            self.childInWelfareInstitution = childInWelfareInstitution
        }
    }

    /// A monthly amount, or why there is none: `certificate_expired`, `tekun`,
    /// `not_low_income`, `welfare_institution`, `grade`, `work_injury_care`.
    public enum Grant: Sendable, Equatable {
        case granted(Money)
        case refused(String)

        public var amount: Money { if case let .granted(money) = self { money } else { .zero } }
    }

    public let living: Grant
    public let care: Grant
    public let explanation: [ExplanationStep]

    public init(_ s: borrowing Situation, on date: CivilDate, parameters p: borrowing DisabilitySubsidyParameters, explain: Bool = false) {
        var explainer = Explainer(enabled: explain, sources: p.sources)
        let grade = s.disability.grade
        func refusal() -> String? {
            if let until = s.disability.validUntil, until < date { return "certificate_expired" }
            return s.onTekun ? "tekun" : nil
        }
        if let reason = refusal() {
            living = .refused(reason)
        } else if s.childInWelfareInstitution {
            living = .refused("welfare_institution")
        } else if s.receivesWorkInjuryCare, p.workInjuryCareExcludesBoth {
            living = .refused("work_injury_care")
        } else if s.inDibaoFamily || (s.inLowIncomeFamily && p.livingForLowIncomeFamilies) {
            living = .granted(p.livingAmount)
        } else {
            living = .refused("not_low_income")
        }
        let mentalOrIntellectual = s.disability.category == .intellectual || s.disability.category == .mental
        let withinGrade = grade.number <= p.careMaxGrade || (mentalOrIntellectual && grade.number <= p.careIntellectualMentalMaxGrade)
        if let reason = refusal() {
            care = .refused(reason)
        } else if s.receivesWorkInjuryCare {
            care = .refused("work_injury_care")
        } else if withinGrade {
            care = .granted(p.careAmounts[grade] ?? .zero)
        } else {
            care = .refused("grade")
        }
        for (name, grant, keys) in [("living", living, ["disability_subsidy.living.amount", "disability_subsidy.living.low_income_families"]),
                                    ("care", care, ["disability_subsidy.care.max_grade", "disability_subsidy.care.intellectual_mental_max_grade",
                                                    "disability_subsidy.care.amount.grade\(grade.rawValue)"])] {
            switch grant {
            case let .granted(amount):
                explainer.add("disability_subsidy.\(name)", "explain.disability_subsidy.\(name).granted", ["amount": amount.yuanText], keys: keys)
            case let .refused(reason):
                explainer.add("disability_subsidy.\(name)", "explain.disability_subsidy.\(name).refused",
                              ["reason": L("disability_subsidy.refusal.\(reason)")], keys: keys)
            }
        }
        explanation = explainer.steps
    }
}
