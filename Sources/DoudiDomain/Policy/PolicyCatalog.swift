/// Every parameter Doudi's rules read, with the form its value takes. A key not listed
/// here is an error in a policy file (a misspelt key must never be silently ignored).
///
/// The list follows policy reference §5 item 1 (parameter tables keyed by region, program
/// and effective date) and the 低保 parameters of §1.2–§1.9 and §2.
public enum PolicyCatalog {
    static let vehicleKinds = ["car", "truck", "motorcycle", "electric_bike", "disability_vehicle", "farm_machinery"]
    static let businessKinds = ["company", "individual_business", "family_shop", "cooperative"]
    static let incomeKinds = IncomeKind.allCases.map(\.rawValue)

    public static let definitions: [ParameterDefinition] = [
        // §1.8, §2: the standard, per person per month, urban and rural.
        .init("dibao.standard.urban", .money),
        .init("dibao.standard.rural", .money),
        // §1.4: 低保边缘 is income below this multiple of the standard.
        .init("dibao.edge_multiplier", .rate),
        // §1.8: 差额 or 分档.
        .init("dibao.amount_method", .choice(["gap", "banded"])),
        .init("dibao.bands.urban", .bands, required: false),
        .init("dibao.bands.rural", .bands, required: false),
        // §1.8: the least paid per covered person.
        .init("dibao.minimum_per_person.urban", .amountRule(["none", "amount", "percent_of_standard"])),
        .init("dibao.minimum_per_person.rural", .amountRule(["none", "amount", "percent_of_standard"])),
        // §1.8: 分类施保.
        .init("dibao.add_ons", .addOns),
        .init("dibao.add_ons.stacking", .choice(["highest_only", "stack"])),
        .init("dibao.add_ons.elderly_age", .integer(50...100)),
        .init("dibao.add_ons.minor_age", .integer(1...25)),
        .init("dibao.add_ons.child_max_age", .integer(0...25)),
        // §1.4: 单人保 for members of 边缘 families.
        .init("dibao.single_person.amount", .amountRule(["gap", "amount", "percent_of_standard"])),
        // §1.9: 渐退.
        .init("dibao.phased_exit.months", .integer(0...60)),
        .init("dibao.phased_exit.income_ceiling", .rate),
        .init("dibao.phased_exit.step_rates", .rates),
        .init("dibao.phased_exit.income_kinds", .names(incomeKinds)),
        // §1.9: review cadence by class, in months.
        .init("dibao.review.months.a", .integer(1...36)),
        .init("dibao.review.months.b", .integer(1...36)),
        .init("dibao.review.months.c_urban", .integer(1...36)),
        .init("dibao.review.months.c_rural", .integer(1...36)),
        // §1.3: assets.
        .init("dibao.assets.financial_months", .integer(0...240)),
        .init("dibao.assets.financial_base", .choice(["own_standard", "urban"])),
        .init("dibao.assets.max_homes", .integer(0...10)),
        .init("dibao.assets.non_residential_allowed", .boolean),
        .init("dibao.assets.exempt_vehicles", .names(vehicleKinds)),
        .init("dibao.assets.exempt_businesses", .names(businessKinds)),
        // §1.2: income.
        .init("dibao.income.excluded", .names(incomeKinds)),
        .init("dibao.income.job_cost", .amountRule(["none", "percent_of_income", "percent_of_standard", "percent_of_minimum_wage"])),
        .init("dibao.income.medical_deduction", .boolean),
        .init("region.minimum_wage", .money, required: false),
        // §1.2: imputed support from liable relatives (Local).
        .init("dibao.income.imputed_support", .boolean),
        .init("dibao.income.imputed_support.elderly_share", .rate),
        .init("dibao.income.imputed_support.dependant_share", .rate),
        .init("dibao.income.imputed_support.dependant_cap", .rate),
        // §5 item 3: how computed amounts are rounded.
        .init("dibao.rounding", .rounding),
        // §3.1, §4.3: the ages the identity cross-check holds categories to.
        .init("audit.elderly_age", .integer(50...80)),
        .init("audit.adult_age", .integer(14...25)),
        // §1.3, §4.2: department income (a pension, a wage base) above this share of the
        // standard per covered member, and provident-fund deposits above this, are 错保 signals.
        .init("audit.wealth.income_share", .rate),
        .init("audit.wealth.provident_fund_deposit", .money),
        // §2: the standard as a share of last year's per-capita consumption expenditure.
        .init("dibao.standard_setting.urban_low", .rate),
        .init("dibao.standard_setting.urban_high", .rate),
        .init("dibao.standard_setting.rural_low", .rate),
        .init("dibao.standard_setting.rural_high", .rate),
        // §1.10 (43号 art 5): 无劳动能力 by age, and by disability category and grade
        // (the worst grade number that still counts; 0 = that category never does).
        .init("tekun.incapacity.elderly_age", .integer(50...80)),
        .init("tekun.incapacity.minor_age", .integer(14...25)),
        // §1.10 (43号 art 24–27): support of a minor on 特困 is kept until this age.
        .init("tekun.minor.kept_until_age", .integer(14...25)),
        .init("tekun.incapacity.max_grade.visual", .integer(0...4)),
        .init("tekun.incapacity.max_grade.hearing", .integer(0...4)),
        .init("tekun.incapacity.max_grade.speech", .integer(0...4)),
        .init("tekun.incapacity.max_grade.physical", .integer(0...4)),
        .init("tekun.incapacity.max_grade.intellectual", .integer(0...4)),
        .init("tekun.incapacity.max_grade.mental", .integer(0...4)),
        .init("tekun.incapacity.max_grade.multiple", .integer(0...4)),
        // §1.10 (43号): the self-care level from the six ADL items not met.
        .init("tekun.self_care.partial_from", .integer(1...6)),
        .init("tekun.self_care.full_from", .integer(1...6)),
        // §1.11: the basic living standard as a multiple of the 低保 standard, and the care
        // standard by self-care level, as monthly amounts or shares of the minimum wage.
        .init("tekun.basic.ratio", .rate),
        .init("tekun.care.method", .choice(["amount", "share_of_minimum_wage"])),
        .init("tekun.care.amount.self_sufficient", .money),
        .init("tekun.care.amount.partly_lost", .money),
        .init("tekun.care.amount.fully_lost", .money),
        .init("tekun.care.share.self_sufficient", .rate, required: false),
        .init("tekun.care.share.partly_lost", .rate, required: false),
        .init("tekun.care.share.fully_lost", .rate, required: false),
        // §1.10 (43号 art 6): income kinds not counted for 无生活来源.
        .init("tekun.income.excluded", .names(incomeKinds)),
        // §1.10 (43号 art 7): supporters who count as unable to support.
        .init("tekun.supporter.elderly_age", .integer(50...100)),
        .init("tekun.supporter.dibao_age", .integer(50...100)),
        // §1.10, §1.12: last year's per-capita disposable income (a yearly amount).
        .init("region.per_capita_disposable_income.urban", .money),
        .init("region.per_capita_disposable_income.rural", .money),
        // §1.13 (国发〔2015〕52号): 残疾人两项补贴, monthly amounts set by provinces.
        .init("disability_subsidy.living.amount", .money),
        .init("disability_subsidy.living.low_income_families", .boolean),
        .init("disability_subsidy.care.max_grade", .integer(1...4)),
        .init("disability_subsidy.care.intellectual_mental_max_grade", .integer(1...4)),
        .init("disability_subsidy.care.amount.grade1", .money),
        .init("disability_subsidy.care.amount.grade2", .money),
        .init("disability_subsidy.care.amount.grade3", .money),
        .init("disability_subsidy.care.amount.grade4", .money),
        .init("disability_subsidy.work_injury_care_excludes", .choice(["care", "both"])),
        // §1.12: 临时救助. Ranges per kind, as amounts or multiples of the monthly 低保 standard.
        .init("linshi.standard_base", .choice(["urban", "own"])),
    ] + TemporaryAssistanceKind.allCases.flatMap { kind -> [ParameterDefinition] in
        [.init("linshi.\(kind.rawValue).min", .amountRule(linshiBounds)),
         .init("linshi.\(kind.rawValue).max", .amountRule(linshiBounds)),
         .init("linshi.\(kind.rawValue).scale", .choice(TemporaryAssistanceScale.allCases.map(\.rawValue)))]
    } + [
        .init("linshi.cap", .amountRule(linshiBounds)),
        .init("linshi.township_cap", .amountRule(linshiBounds)),
        .init("linshi.advance_hours", .integer(0...168)),
        .init("linshi.once_per_cause_per_year", .boolean),
        .init("linshi.expense.income_test", .boolean),
        .init("linshi.emergency.epidemic_float", .money),
        .init("linshi.education.dibao_freshman_min", .money),
    ]

    static let linshiBounds = ["none", "amount", "multiple_of_standard"]

    public static let byKey: [String: ParameterDefinition] = Dictionary(uniqueKeysWithValues: definitions.map { ($0.key, $0) })
}
