import DoudiDomain
import Vapor

/// A person with the ID number masked (`GET /api/v1/persons/{key}`).
struct PersonDTO: Content {
    let key: String
    let regionCode: String
    let name: String
    let idNumberMasked: String
    let idNumberStatus: String
    let sex: String?
    let birthDate: String?
    let ethnicity: String?
    let disabilityCategory: String?
    let disabilityGrade: String?
    let labourCapacity: String?
    let specialStatuses: [String]
    let deathDate: String?

    init(_ p: Person) {
        key = p.id.uuidString
        regionCode = p.region.value
        name = p.name
        idNumberMasked = p.idNumber.masked()
        idNumberStatus = p.idNumber.status.rawValue
        sex = p.sex?.rawValue
        birthDate = p.birthDate?.iso
        ethnicity = p.ethnicity
        disabilityCategory = p.disability?.category.rawValue
        disabilityGrade = p.disability?.grade.rawValue
        labourCapacity = p.labourCapacity?.rawValue
        specialStatuses = p.specialStatuses.map(\.rawValue).sorted()
        deathDate = p.deathDate?.iso
    }
}

/// The answer of the logged reveal (`POST /api/v1/persons/{key}/reveal`).
struct RevealedIDDTO: Content {
    let key: String
    let idNumber: String
}
