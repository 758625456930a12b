/// The 特困 parameters of one region on one date, each with where it came from.
///
/// Source: policy reference §1.10 (43号 art 5: 无劳动能力; the six self-care items and the
/// 全自理 / 半护理 / 全护理 levels) and §1.11 (basic living ≥ 1.3 × the 低保 standard; care
/// standards as amounts or shares of the minimum wage).
public struct TekunParameters: Sendable {
    public internal(set) var region: RegionCode
    public let date: CivilDate
    /// 无劳动能力 from this age on.
    public let elderlyAge: Int
    /// 无劳动能力 below this age.
    public let minorAge: Int
    /// A person on 特困 since childhood keeps it until this age (and beyond while in school).
    public let keptUntilAge: Int
    /// Per disability category, the worst grade number that still counts as 无劳动能力
    /// (grades run from 1, the most severe); 0: the category alone never does.
    public let maxDisabilityGrade: [DisabilityCategory: Int]
    /// The number of the six ADL items not met from which self-care is partly, and fully, lost.
    public let selfCarePartialFrom: Int
    public let selfCareFullFrom: Int
    /// The basic living standard as a multiple of the 低保 standard of the same area.
    public let basicRatio: Rate
    public let dibaoStandardUrban: Money
    public let dibaoStandardRural: Money
    /// The care standard per self-care level, per month: set amounts, or shares of the
    /// minimum wage (then both the shares and the wage are required).
    public let care: Care
    /// Income kinds not counted when judging 无生活来源.
    public let incomeExcluded: Set<IncomeKind>
    /// Supporters this old (with low income and property) count as unable to support;
    /// supporters on 低保 from `supporterDibaoAge`.
    public let supporterElderlyAge: Int
    public let supporterDibaoAge: Int
    /// Last year's per-capita disposable income, yearly, by area.
    public let disposableIncomeUrban: Money
    public let disposableIncomeRural: Money
    /// How amounts are rounded: as the region rounds its 低保 amounts.
    public let rounding: RoundingRule
    public let sources: [String: ResolvedValue]

    public enum Care: Sendable {
        case amounts([SelfCareLevel: Money])
        case sharesOfMinimumWage([SelfCareLevel: Rate], minimumWage: Money)
    }

    public func dibaoStandard(_ area: AreaKind) -> Money { area == .urban ? dibaoStandardUrban : dibaoStandardRural }
    public func disposableIncome(_ area: AreaKind) -> Money { area == .urban ? disposableIncomeUrban : disposableIncomeRural }

    public init(book: PolicyBook, region: RegionCode, on date: CivilDate) throws(PolicyError) {
        var reader = ParameterReader(book: book, region: region, date: date)
        self.region = region
        self.date = date
        elderlyAge = try reader.integer("tekun.incapacity.elderly_age")
        minorAge = try reader.integer("tekun.incapacity.minor_age")
        keptUntilAge = try reader.integer("tekun.minor.kept_until_age")
        var grades: [DisabilityCategory: Int] = [:]
        for category in DisabilityCategory.allCases {
            grades[category] = try reader.integer(Self.gradeKey(category))
        }
        maxDisabilityGrade = grades
        selfCarePartialFrom = try reader.integer("tekun.self_care.partial_from")
        selfCareFullFrom = try reader.integer("tekun.self_care.full_from")
        guard selfCarePartialFrom <= selfCareFullFrom else {
            throw PolicyError(reader.sources["tekun.self_care.full_from"]?.dated.location, "policy.error.tekun.self_care_order",
                              ["partial": String(selfCarePartialFrom), "full": String(selfCareFullFrom)])
        }
        basicRatio = try reader.rate("tekun.basic.ratio")
        dibaoStandardUrban = try reader.money("dibao.standard.urban")
        dibaoStandardRural = try reader.money("dibao.standard.rural")
        rounding = try reader.rounding("dibao.rounding")
        incomeExcluded = Set(try reader.names("tekun.income.excluded").compactMap(IncomeKind.init(rawValue:)))
        supporterElderlyAge = try reader.integer("tekun.supporter.elderly_age")
        supporterDibaoAge = try reader.integer("tekun.supporter.dibao_age")
        disposableIncomeUrban = try reader.money("region.per_capita_disposable_income.urban")
        disposableIncomeRural = try reader.money("region.per_capita_disposable_income.rural")
        if try reader.choice("tekun.care.method") == "share_of_minimum_wage" {
            var shares: [SelfCareLevel: Rate] = [:]
            for level in SelfCareLevel.allCases {
                guard case let .rate(share)? = try reader.resolve("tekun.care.share.\(level.rawValue)", required: false) else { break }
                shares[level] = share
            }
            guard shares.count == SelfCareLevel.allCases.count, let wage = try reader.optionalMoney("region.minimum_wage") else {
                throw PolicyError(reader.sources["tekun.care.method"]?.dated.location, "policy.error.tekun.care_shares_missing")
            }
            care = .sharesOfMinimumWage(shares, minimumWage: wage)
        } else {
            var amounts: [SelfCareLevel: Money] = [:]
            for level in SelfCareLevel.allCases { amounts[level] = try reader.money("tekun.care.amount.\(level.rawValue)") }
            care = .amounts(amounts)
        }
        sources = reader.sources
    }

    static func gradeKey(_ category: DisabilityCategory) -> String { "tekun.incapacity.max_grade.\(category.rawValue)" }
}
