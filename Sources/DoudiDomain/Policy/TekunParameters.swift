/// The 特困 parameters of one region on one date, each with where it came from.
///
/// Source: policy reference §1.10 (43号 art 5: 无劳动能力) and §1.11 (43号: the six
/// self-care items and the 全自理 / 半护理 / 全护理 levels).
public struct TekunParameters: Sendable {
    public let region: RegionCode
    public let date: CivilDate
    /// 无劳动能力 from this age on.
    public let elderlyAge: Int
    /// 无劳动能力 below this age.
    public let minorAge: Int
    /// Per disability category, the worst grade number that still counts as 无劳动能力
    /// (grades run from 1, the most severe); 0: the category alone never does.
    public let maxDisabilityGrade: [DisabilityCategory: Int]
    /// The number of the six ADL items not met from which self-care is partly, and fully, lost.
    public let selfCarePartialFrom: Int
    public let selfCareFullFrom: Int
    public let sources: [String: ResolvedValue]

    public init(book: PolicyBook, region: RegionCode, on date: CivilDate) throws(PolicyError) {
        var reader = ParameterReader(book: book, region: region, date: date)
        self.region = region
        self.date = date
        elderlyAge = try reader.integer("tekun.incapacity.elderly_age")
        minorAge = try reader.integer("tekun.incapacity.minor_age")
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
        sources = reader.sources
    }

    static func gradeKey(_ category: DisabilityCategory) -> String { "tekun.incapacity.max_grade.\(category.rawValue)" }
}
