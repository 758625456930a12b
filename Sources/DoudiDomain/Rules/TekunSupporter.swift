/// A legal supporter (赡养、抚养、扶养义务人) of a 特困 applicant, with what the
/// supporter-inability rule needs to know; unknown facts are nil and count as not shown.
public struct TekunSupporter: Hashable, Sendable, Codable {
    /// Unknown when the supporter's recorded ID number does not give it.
    public var birthDate: CivilDate?
    /// The supporter is a 特困 person.
    public var onTekun: Bool?
    /// The supporter is a 低保 recipient.
    public var onDibao: Bool?
    /// The supporter's own income over the last year.
    public var annualIncome: Yuan?
    /// Whose per-capita disposable income applies; the applicant's area when nil.
    public var area: AreaKind?
    /// The supporter's property meets the local 低收入家庭 property rule.
    public var propertyWithinRule: Bool?
    public var disabilityCategory: DisabilityCategory?
    public var disabilityGrade: DisabilityGrade?
    /// 无民事行为能力、被宣告失踪或者在监狱服刑.
    public var cannotAct: Bool?

    enum CodingKeys: String, CodingKey {
        case area
        case birthDate = "birth_date"
        case onTekun = "on_tekun"
        case onDibao = "on_dibao"
        case annualIncome = "annual_income"
        case propertyWithinRule = "property_within_rule"
        case disabilityCategory = "disability_category"
        case disabilityGrade = "disability_grade"
        case cannotAct = "cannot_act"
    }

    public init(birthDate: CivilDate?) {
        self.birthDate = birthDate
    }

    /// 重度残疾 (grade 1 or 2), or grade-3 intellectual or mental disability.
    var isSeverelyDisabled: Bool {
        guard let grade = disabilityGrade else { return false }
        return grade <= .two || (grade == .three && (disabilityCategory == .intellectual || disabilityCategory == .mental))
    }
}
