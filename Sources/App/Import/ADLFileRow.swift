import DoudiDomain
import Foundation

/// One validated row of a 自理能力评估 file (§7): one assessment of one person on the
/// six ADL items.
struct ADLFileRow: PersonFileRow {
    static let kind = "adl"
    /// The six items of 43号, in template order.
    static let items = ["feeding", "dressing", "transferring", "toileting", "walking_indoors", "bathing"]
    static let columns: [ImportColumn] = [.required("id_number"), .required("assessed_on"), .required("assessor")]
        + items.map(ImportColumn.required) + [.optional("care_form"), .optional("institution")]

    let idNumber: String
    let assessedOn: CivilDate
    let assessor: String
    /// Whether the person can do each item unaided, by item column.
    let abilities: [String: Bool]
    let careForm: CareForm?
    let institution: String?

    var fileKey: [String] { [idNumber, assessedOn.iso] }

    static func parse(_ reader: inout RowReader, today: CivilDate) -> ADLFileRow? {
        let idNumber = reader.idNumber("id_number", today: today, legacy: false)
        let assessedOn = reader.date("assessed_on", required: true)
        let assessor = reader.required("assessor")
        var abilities: [String: Bool] = [:]
        for item in items { abilities[item] = reader.ability(item) }
        let careForm = reader.code("care_form", CareForm.self)
        guard let idNumber, let assessedOn, let assessor, abilities.count == items.count else { return nil }
        return ADLFileRow(idNumber: idNumber.value, assessedOn: assessedOn, assessor: assessor, abilities: abilities,
                          careForm: careForm, institution: reader.text("institution"))
    }

    func record(of person: PersonRow, in scope: PersonRecordScope) -> ADLAssessmentRow? {
        func can(_ item: String) -> Bool { abilities[item] ?? false }
        return ADLAssessmentRow(ADLAssessment(
            id: OrderedUUID.make(), personID: person.id, assessedOn: assessedOn, assessor: assessor, feeding: can("feeding"),
            dressing: can("dressing"), transferring: can("transferring"), toileting: can("toileting"),
            walkingIndoors: can("walking_indoors"), bathing: can("bathing"), careForm: careForm, institution: institution),
            region: person.regionCode)
    }
}
