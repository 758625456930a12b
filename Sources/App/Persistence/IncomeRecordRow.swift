import DoudiDomain
import Foundation

/// An `income_records` row as stored: one income item of one person for a period.
struct IncomeRecordRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var householdId: UUID
    var personId: UUID?
    var category: String
    var item: String
    var amountFen: Int64
    var fromMonth: String
    var toMonth: String
    var source: String?

    static let table = "income_records"
    static let columns = ["id", "region_code", "household_id", "person_id", "category", "item", "amount_fen", "from_month",
                          "to_month", "source"]

    var values: [any Encodable & Sendable] {
        [id, regionCode, householdId, personId, category, item, amountFen, fromMonth, toMonth, source]
    }

    init(_ record: IncomeRecord, region: String) {
        id = record.id
        regionCode = region
        householdId = record.householdID
        personId = record.personID
        category = record.category.rawValue
        item = record.item
        amountFen = record.amount.fen
        fromMonth = record.fromMonth.iso
        toMonth = record.toMonth.iso
        source = record.source
    }
}

extension IncomeRecordRow: ImportedRecord {
    static let entity = "income_record"
    static let lookupColumn = "person_id"

    // Imports always name the person; records without one are entered by hand and never match.
    var lookupValue: UUID? { personId }
    var naturalKey: [String] { [personId?.uuidString ?? "", category, item, fromMonth] }
}
