import DoudiDomain
import Foundation

/// An `adl_assessments` row as stored: one self-care assessment of one person.
struct ADLAssessmentRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var personId: UUID
    var assessedOn: String
    var assessor: String
    var feeding: Bool
    var dressing: Bool
    var transferring: Bool
    var toileting: Bool
    var walkingIndoors: Bool
    var bathing: Bool
    var careForm: String?
    var institution: String?

    static let table = "adl_assessments"
    static let columns = ["id", "region_code", "person_id", "assessed_on", "assessor", "feeding", "dressing", "transferring",
                          "toileting", "walking_indoors", "bathing", "care_form", "institution"]

    var values: [any Encodable & Sendable] {
        [id, regionCode, personId, assessedOn, assessor, feeding, dressing, transferring, toileting, walkingIndoors, bathing,
         careForm, institution]
    }

    init(_ assessment: ADLAssessment, region: String) {
        id = assessment.id
        regionCode = region
        personId = assessment.personID
        assessedOn = assessment.assessedOn.iso
        assessor = assessment.assessor
        feeding = assessment.feeding
        dressing = assessment.dressing
        transferring = assessment.transferring
        toileting = assessment.toileting
        walkingIndoors = assessment.walkingIndoors
        bathing = assessment.bathing
        careForm = assessment.careForm?.rawValue
        institution = assessment.institution
    }
}

extension ADLAssessmentRow {
    func toDomain() throws -> ADLAssessment {
        guard let date = CivilDate(iso: assessedOn) else { throw DataIntegrityError(message: "adl_assessments.assessed_on is not a date") }
        return ADLAssessment(id: id, personID: personId, assessedOn: date, assessor: assessor, feeding: feeding, dressing: dressing,
                             transferring: transferring, toileting: toileting, walkingIndoors: walkingIndoors, bathing: bathing,
                             careForm: careForm.flatMap(CareForm.init(rawValue:)), institution: institution)
    }
}

extension ADLAssessmentRow: ImportedRecord {
    static let entity = "adl_assessment"
    static let lookupColumn = "person_id"

    var lookupValue: UUID { personId }
    var naturalKey: [String] { [personId.uuidString, assessedOn] }
}
