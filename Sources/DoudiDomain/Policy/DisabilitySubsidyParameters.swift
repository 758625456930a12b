/// The 残疾人两项补贴 parameters of one region on one date, each with where it came from.
///
/// Source: policy reference §1.11 and §1.13 (国发〔2015〕52号: amounts set by provinces; the
/// care subsidy for grades 1–2, extendable to non-severe intellectual and mental
/// disability; the living subsidy for 低保 families, extendable to low-income families).
public struct DisabilitySubsidyParameters: Sendable {
    public let livingAmount: Money
    public let livingForLowIncomeFamilies: Bool
    /// The care subsidy from grade 1 to this grade, and for intellectual or mental
    /// disability to `careIntellectualMentalMaxGrade`.
    public let careMaxGrade: Int
    public let careIntellectualMentalMaxGrade: Int
    /// Monthly care subsidy by grade (1…4).
    public let careAmounts: [DisabilityGrade: Money]
    /// A work-injury care allowance excludes the care subsidy only, or both.
    public let workInjuryCareExcludesBoth: Bool
    public let sources: [String: ResolvedValue]

    public init(book: PolicyBook, region: RegionCode, on date: CivilDate) throws(PolicyError) {
        var reader = ParameterReader(book: book, region: region, date: date)
        livingAmount = try reader.money("disability_subsidy.living.amount")
        livingForLowIncomeFamilies = try reader.boolean("disability_subsidy.living.low_income_families")
        careMaxGrade = try reader.integer("disability_subsidy.care.max_grade")
        careIntellectualMentalMaxGrade = try reader.integer("disability_subsidy.care.intellectual_mental_max_grade")
        var amounts: [DisabilityGrade: Money] = [:]
        for grade in DisabilityGrade.allCases { amounts[grade] = try reader.money("disability_subsidy.care.amount.grade\(grade.rawValue)") }
        careAmounts = amounts
        workInjuryCareExcludesBoth = try reader.choice("disability_subsidy.work_injury_care_excludes") == "both"
        sources = reader.sources
    }
}
