/// The 低保 parameters in force for one region on one date, read once from the book into
/// plain values so that evaluating a household is arithmetic only (the benchmark target
/// is a million households a second per core). `sources` keeps where each value came
/// from, for explanations.
public struct DibaoParameters: Sendable {
    public enum AmountMethod: String, Sendable { case gap, banded }

    public internal(set) var region: RegionCode
    public let date: CivilDate
    public let standardUrban: Money
    public let standardRural: Money
    public let edgeMultiplier: Rate
    public let method: AmountMethod
    public let bandsUrban: [PaymentBand]
    public let bandsRural: [PaymentBand]
    public let minimumUrban: AmountRule
    public let minimumRural: AmountRule
    public let addOns: [AddOnCategory: Rate]
    public let addOnsStack: Bool
    public let elderlyAge: Int
    public let minorAge: Int
    public let childMaxAge: Int
    public let singlePersonAmount: AmountRule
    public let phasedExitMonths: Int
    public let phasedExitCeiling: Rate
    public let phasedExitSteps: [Rate]
    public let phasedExitIncomeKinds: Set<IncomeKind>
    public let reviewMonths: (a: Int, b: Int, cUrban: Int, cRural: Int)
    public let financialMonths: Int
    /// Whether the financial-asset cap counts months of the urban standard for every household.
    public let financialBaseUrban: Bool
    public let maxHomes: Int
    public let nonResidentialAllowed: Bool
    public let exemptVehicles: Set<String>
    public let exemptBusinesses: Set<String>
    public let excludedIncome: Set<IncomeKind>
    public let jobCost: AmountRule
    public let medicalDeduction: Bool
    public let minimumWage: Money?
    public let imputedSupport: (enabled: Bool, elderlyShare: Rate, dependantShare: Rate, dependantCap: Rate)
    public let rounding: RoundingRule
    public let standardSetting: (urbanLow: Rate, urbanHigh: Rate, ruralLow: Rate, ruralHigh: Rate)
    public let sources: [String: ResolvedValue]

    public func standard(_ area: AreaKind) -> Money { area == .urban ? standardUrban : standardRural }
    public func bands(_ area: AreaKind) -> [PaymentBand] { area == .urban ? bandsUrban : bandsRural }
    public func minimum(_ area: AreaKind) -> AmountRule { area == .urban ? minimumUrban : minimumRural }

    /// Reads every 低保 parameter for `region` on `date`; a missing or inconsistent one
    /// (banded payment without bands, job cost on the minimum wage without one) is an error.
    public init(book: PolicyBook, region: RegionCode, on date: CivilDate) throws(PolicyError) {
        var reader = ParameterReader(book: book, region: region, date: date)
        self.region = region
        self.date = date
        standardUrban = try reader.money("dibao.standard.urban")
        standardRural = try reader.money("dibao.standard.rural")
        edgeMultiplier = try reader.rate("dibao.edge_multiplier")
        method = try reader.choice("dibao.amount_method") == "banded" ? .banded : .gap
        bandsUrban = try reader.bands("dibao.bands.urban", required: method == .banded)
        bandsRural = try reader.bands("dibao.bands.rural", required: method == .banded)
        minimumUrban = try reader.amountRule("dibao.minimum_per_person.urban")
        minimumRural = try reader.amountRule("dibao.minimum_per_person.rural")
        addOns = Dictionary(try reader.addOns("dibao.add_ons").map { ($0.category, $0.rate) }, uniquingKeysWith: { _, last in last })
        addOnsStack = try reader.choice("dibao.add_ons.stacking") == "stack"
        elderlyAge = try reader.integer("dibao.add_ons.elderly_age")
        minorAge = try reader.integer("dibao.add_ons.minor_age")
        childMaxAge = try reader.integer("dibao.add_ons.child_max_age")
        singlePersonAmount = try reader.amountRule("dibao.single_person.amount")
        phasedExitMonths = try reader.integer("dibao.phased_exit.months")
        phasedExitCeiling = try reader.rate("dibao.phased_exit.income_ceiling")
        phasedExitSteps = try reader.rates("dibao.phased_exit.step_rates")
        phasedExitIncomeKinds = Set(try reader.names("dibao.phased_exit.income_kinds").compactMap(IncomeKind.init(rawValue:)))
        reviewMonths = (try reader.integer("dibao.review.months.a"), try reader.integer("dibao.review.months.b"),
                        try reader.integer("dibao.review.months.c_urban"), try reader.integer("dibao.review.months.c_rural"))
        financialMonths = try reader.integer("dibao.assets.financial_months")
        financialBaseUrban = try reader.choice("dibao.assets.financial_base") == "urban"
        maxHomes = try reader.integer("dibao.assets.max_homes")
        nonResidentialAllowed = try reader.boolean("dibao.assets.non_residential_allowed")
        exemptVehicles = Set(try reader.names("dibao.assets.exempt_vehicles"))
        exemptBusinesses = Set(try reader.names("dibao.assets.exempt_businesses"))
        excludedIncome = Set(try reader.names("dibao.income.excluded").compactMap(IncomeKind.init(rawValue:)))
        jobCost = try reader.amountRule("dibao.income.job_cost")
        medicalDeduction = try reader.boolean("dibao.income.medical_deduction")
        minimumWage = try reader.optionalMoney("region.minimum_wage")
        imputedSupport = (try reader.boolean("dibao.income.imputed_support"), try reader.rate("dibao.income.imputed_support.elderly_share"),
                          try reader.rate("dibao.income.imputed_support.dependant_share"),
                          try reader.rate("dibao.income.imputed_support.dependant_cap"))
        rounding = try reader.rounding("dibao.rounding")
        standardSetting = (try reader.rate("dibao.standard_setting.urban_low"), try reader.rate("dibao.standard_setting.urban_high"),
                           try reader.rate("dibao.standard_setting.rural_low"), try reader.rate("dibao.standard_setting.rural_high"))
        if case .percentOfMinimumWage = jobCost, minimumWage == nil {
            throw PolicyError(reader.sources["dibao.income.job_cost"]?.dated.location, "policy.error.minimum_wage_missing")
        }
        if method == .banded, bandsUrban.isEmpty || bandsRural.isEmpty {
            throw PolicyError(reader.sources["dibao.amount_method"]?.dated.location, "policy.error.bands_missing")
        }
        sources = reader.sources
        try validate()
    }
}
