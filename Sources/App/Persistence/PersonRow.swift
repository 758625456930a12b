import DoudiDomain
import Foundation
import SQLKit

/// A `persons` row exactly as stored. It is the boundary between SQL and the domain:
/// `init(_ person:)` / `toDomain()` map to `Person`, `values` feeds bulk inserts, and
/// its JSON is the before-image kept in history.
struct PersonRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var idNumber: String
    var idStatus: String
    var idKey: Int64?
    var idUnverifiedRegion: Bool
    var name: String
    var sex: String?
    var birthDate: String?
    var ethnicity: String?
    var hukouRegion: String?
    var hukouType: String?
    var disabilityCategory: String?
    var disabilityGrade: String?
    var disabilityCertNo: String?
    var disabilityCertValidUntil: String?
    var seriousIllness: Bool
    var diagnosis: String?
    var labourCapacity: String?
    var employment: String?
    var schooling: String?
    var specialStatuses: String
    var deathDate: String?

    static let table = "persons"
    static let columns = [
        "id", "region_code", "id_number", "id_status", "id_key", "id_unverified_region", "name", "sex", "birth_date",
        "ethnicity", "hukou_region", "hukou_type", "disability_category", "disability_grade", "disability_cert_no",
        "disability_cert_valid_until", "serious_illness", "diagnosis", "labour_capacity", "employment", "schooling",
        "special_statuses", "death_date",
    ]

    var values: [any Encodable & Sendable] {
        [id, regionCode, idNumber, idStatus, idKey, idUnverifiedRegion, name, sex, birthDate, ethnicity, hukouRegion,
         hukouType, disabilityCategory, disabilityGrade, disabilityCertNo, disabilityCertValidUntil, seriousIllness,
         diagnosis, labourCapacity, employment, schooling, specialStatuses, deathDate]
    }

    init(_ person: Person) {
        id = person.id
        regionCode = person.region.value
        idNumber = person.idNumber.value
        idStatus = person.idNumber.status.rawValue
        idKey = person.idNumber.packedKey.map { Int64(bitPattern: $0) }
        idUnverifiedRegion = person.idNumber.unverifiedRegion
        name = person.name
        sex = person.sex?.rawValue
        birthDate = person.birthDate?.iso
        ethnicity = person.ethnicity
        hukouRegion = person.hukouRegion
        hukouType = person.hukouType?.rawValue
        disabilityCategory = person.disability?.category.rawValue
        disabilityGrade = person.disability?.grade.rawValue
        disabilityCertNo = person.disability?.certificateNo
        disabilityCertValidUntil = person.disability?.validUntil?.iso
        seriousIllness = person.hasSeriousIllness
        diagnosis = person.seriousIllness
        labourCapacity = person.labourCapacity?.rawValue
        employment = person.employment?.rawValue
        schooling = person.schooling?.rawValue
        specialStatuses = person.specialStatuses.map(\.rawValue).sorted().joined(separator: ",")
        deathDate = person.deathDate?.iso
    }

    /// Equal in everything a user recorded (the row id aside).
    func sameContent(as other: PersonRow) -> Bool {
        var copy = other
        copy.id = id
        return copy == self
    }

    func toDomain() throws -> Person {
        guard let region = RegionCode(regionCode), let status = IDNumberStatus(rawValue: idStatus) else {
            throw DataIntegrityError(message: "persons row \(id) has a malformed region or id status")
        }
        let disability: Disability? = zip(disabilityCategory.flatMap(DisabilityCategory.init(rawValue:)),
                                          disabilityGrade.flatMap(DisabilityGrade.init(rawValue:)))
            .map { Disability(category: $0, grade: $1, certificateNo: disabilityCertNo,
                              validUntil: disabilityCertValidUntil.flatMap { CivilDate(iso: $0) }) }
        return Person(
            id: id, region: region,
            idNumber: RecordedIDNumber(value: idNumber, status: status, packedKey: idKey.map { UInt64(bitPattern: $0) },
                                       unverifiedRegion: idUnverifiedRegion),
            name: name, sex: sex.flatMap(Sex.init(rawValue:)), birthDate: birthDate.flatMap { CivilDate(iso: $0) },
            ethnicity: ethnicity, hukouRegion: hukouRegion, hukouType: hukouType.flatMap(HukouType.init(rawValue:)),
            disability: disability, hasSeriousIllness: seriousIllness, seriousIllness: diagnosis,
            labourCapacity: labourCapacity.flatMap(LabourCapacity.init(rawValue:)),
            employment: employment.flatMap(EmploymentStatus.init(rawValue:)),
            schooling: schooling.flatMap(SchoolingLevel.init(rawValue:)),
            specialStatuses: Set(specialStatuses.split(separator: ",").compactMap { SpecialStatus(rawValue: String($0)) }),
            deathDate: deathDate.flatMap { CivilDate(iso: $0) }
        )
    }
}

private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
