/// One row of a statistical division catalogue: a code, its name, and when it applied.
///
/// Source: policy reference §3.3 (12-digit codes, 城乡分类代码) and §3.2 (codes are retired and
/// re-used over time, hence validity dates).
public struct Region: Hashable, Sendable, Codable {
    public var code: RegionCode
    public var name: String
    /// Only village-level rows carry one in NBS files.
    public var urbanRural: UrbanRuralCode?
    /// First day the code applied; nil = since before our records.
    public var validFrom: CivilDate?
    /// Last day the code applied (inclusive); nil = still in force.
    public var validTo: CivilDate?
    /// 户籍人口: the persons registered in the area, where the master data gives it (a
    /// village's, for its 低保 coverage rate; `QuotaAllocation`).
    public var population: Int?

    public init(code: RegionCode, name: String, urbanRural: UrbanRuralCode? = nil,
                validFrom: CivilDate? = nil, validTo: CivilDate? = nil, population: Int? = nil) {
        self.code = code
        self.name = name
        self.urbanRural = urbanRural
        self.validFrom = validFrom
        self.validTo = validTo
        self.population = population
    }

    public var level: RegionLevel { code.level }

    /// Whether the code applied on `date`: from `validFrom` through `validTo`, both inclusive.
    public func isValid(on date: CivilDate) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validTo, date > validTo { return false }
        return true
    }
}
