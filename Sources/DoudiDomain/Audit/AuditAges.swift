/// The ages the audit rules sort people by: 60 and over counts as elderly and under 18 as a
/// child nationally, but both are dated parameters (`audit.elderly_age`, `audit.adult_age`),
/// required at the national level and checked when the policy tree loads.
public struct AuditAges: Sendable, Equatable {
    public let elderly: Int
    public let adult: Int

    public init(elderly: Int, adult: Int) {
        self.elderly = elderly
        self.adult = adult
    }

    public init(book: PolicyBook, region: RegionCode, on date: CivilDate) throws(PolicyError) {
        func value(_ key: String) throws(PolicyError) -> Int {
            guard case let .integer(value)? = book.value(key, region: region, on: date)?.dated.value else {
                throw PolicyError(nil, "policy.error.no_value", ["key": key, "region": region.value, "date": date.iso])
            }
            return value
        }
        self.init(elderly: try value("audit.elderly_age"), adult: try value("audit.adult_age"))
    }

    /// Elderly, a child, disabled or seriously ill: a member a 脱保 or 漏保 check looks out for.
    public func isVulnerable(_ member: MemberSituation, on date: CivilDate) -> Bool {
        let age = member.birthDate.age(on: date)
        return age >= elderly || age < adult || member.disabilityGrade != nil || member.seriousIllness == true
    }
}
