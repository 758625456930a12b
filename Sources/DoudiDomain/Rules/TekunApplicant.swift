/// A person applying for (or reviewed for) 特困 support, as the rules see them.
public struct TekunApplicant: Hashable, Sendable {
    public var birthDate: CivilDate
    public var area: AreaKind
    public var disabilities: [Disability]
    /// The person's own monthly incomes, by kind.
    public var incomes: [IncomeItem]
    /// The person's property meets the local 特困 property rule (judged by the asset rules).
    public var propertyWithinRule: Bool
    public var supporters: [TekunSupporter]
    /// How many of the six self-care items the person does not meet, if assessed.
    public var adlItemsNotMet: Int?
    /// A minor who also qualifies for 孤儿 or 事实无人抚养儿童 support and chose it.
    public var choseOrphanScheme: Bool
    /// On 特困 since childhood (support is kept to 18, and beyond while in school).
    public var supportedSinceMinor = false
    /// In compulsory education, regular high school or vocational school.
    public var inSchool = false

    public init(birthDate: CivilDate, area: AreaKind, disabilities: [Disability] = [], incomes: [IncomeItem] = [],
                propertyWithinRule: Bool = true, supporters: [TekunSupporter] = [], adlItemsNotMet: Int? = nil,
                choseOrphanScheme: Bool = false) {
        self.birthDate = birthDate
        self.area = area
        self.disabilities = disabilities
        self.incomes = incomes
        self.propertyWithinRule = propertyWithinRule
        self.supporters = supporters
        self.adlItemsNotMet = adlItemsNotMet
        self.choseOrphanScheme = choseOrphanScheme
    }

    /// This applicant, on 特困 since childhood and in school or not.
    public func kept(sinceMinor: Bool, inSchool: Bool) -> TekunApplicant {
        var applicant = self
        applicant.supportedSinceMinor = sinceMinor
        applicant.inSchool = inSchool
        return applicant
    }
}
