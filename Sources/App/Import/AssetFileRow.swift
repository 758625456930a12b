import DoudiDomain
import Foundation

/// One validated row of a 财产 file (§5): one asset of one person as verified on a date.
struct AssetFileRow: PersonFileRow {
    static let kind = "assets"
    static let columns: [ImportColumn] = [
        .required("id_number"), .required("asset_kind"), .optional("description"), .optional("value"),
        .optional("quantity"), .optional("acquired_on"), .required("verified_on"), .optional("source"),
    ]

    let idNumber: String
    let kind: AssetKind
    let description: String?
    let value: Money?
    let quantityHundredths: Int64?
    let acquiredOn: CivilDate?
    let verifiedOn: CivilDate
    let source: String?

    var fileKey: [String] { [idNumber, kind.rawValue, description ?? "", acquiredOn?.iso ?? "", verifiedOn.iso] }

    static func parse(_ reader: inout RowReader, today: CivilDate) -> AssetFileRow? {
        let idNumber = reader.idNumber("id_number", today: today, legacy: false)
        let kind = reader.code("asset_kind", AssetKind.self, required: true)
        let value = reader.nonNegativeMoney("value")
        let quantity = reader.hundredths("quantity")
        let acquired = reader.date("acquired_on")
        let verified = reader.date("verified_on", required: true)
        guard let idNumber, let kind, let verified else { return nil }
        return AssetFileRow(idNumber: idNumber.value, kind: kind, description: reader.text("description"), value: value,
                            quantityHundredths: quantity, acquiredOn: acquired, verifiedOn: verified,
                            source: reader.text("source"))
    }

    /// Assets count towards the person's current household, which they must have.
    func record(of person: PersonRow, in scope: PersonRecordScope) -> AssetRecordRow? {
        guard let household = scope.currentHousehold[person.id] else { return nil }
        return AssetRecordRow(AssetRecord(id: OrderedUUID.make(), householdID: household, personID: person.id, kind: kind,
                                          description: description, value: value, quantityHundredths: quantityHundredths,
                                          acquiredOn: acquiredOn, verifiedOn: verifiedOn, source: source),
                              region: person.regionCode)
    }
}
