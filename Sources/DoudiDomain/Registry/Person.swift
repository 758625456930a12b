import Foundation

/// A person in the registry with everything the rules read: identity, disability,
/// illness, labour capacity, schooling and the special statuses campaigns single out.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    /// The region whose office holds this record (the household's village); scoping key.
    public var region: RegionCode
    public var idNumber: RecordedIDNumber
    public var name: String
    public var sex: Sex?
    public var birthDate: CivilDate?
    public var ethnicity: String?
    /// 户籍 region: 6-digit county or 12-digit village code, as recorded.
    public var hukouRegion: String?
    public var hukouType: HukouType?
    public var disability: Disability?
    /// 重特大疾病 with its diagnosis; nil when none is recorded.
    public var seriousIllness: String?
    public var hasSeriousIllness: Bool
    public var labourCapacity: LabourCapacity?
    public var employment: EmploymentStatus?
    public var schooling: SchoolingLevel?
    public var specialStatuses: Set<SpecialStatus>
    public var deathDate: CivilDate?

    public init(
        id: UUID, region: RegionCode, idNumber: RecordedIDNumber, name: String,
        sex: Sex? = nil, birthDate: CivilDate? = nil, ethnicity: String? = nil,
        hukouRegion: String? = nil, hukouType: HukouType? = nil, disability: Disability? = nil,
        hasSeriousIllness: Bool = false, seriousIllness: String? = nil,
        labourCapacity: LabourCapacity? = nil, employment: EmploymentStatus? = nil,
        schooling: SchoolingLevel? = nil, specialStatuses: Set<SpecialStatus> = [], deathDate: CivilDate? = nil
    ) {
        self.id = id
        self.region = region
        self.idNumber = idNumber
        self.name = name
        self.sex = sex
        self.birthDate = birthDate
        self.ethnicity = ethnicity
        self.hukouRegion = hukouRegion
        self.hukouType = hukouType
        self.disability = disability
        self.hasSeriousIllness = hasSeriousIllness
        self.seriousIllness = seriousIllness
        self.labourCapacity = labourCapacity
        self.employment = employment
        self.schooling = schooling
        self.specialStatuses = specialStatuses
        self.deathDate = deathDate
    }

    public func age(on date: CivilDate) -> Int? {
        birthDate.map { $0.age(on: date) }
    }
}
