import DoudiDomain
import Foundation

/// One validated row of a 收入 file (§4): an income item of one person for a period.
struct IncomeFileRow: PersonFileRow {
    static let kind = "incomes"
    static let columns: [ImportColumn] = [
        .required("id_number"), .required("income_category"), .required("income_item"), .required("amount"),
        .required("from_month"), .required("to_month"), .optional("source"),
    ]

    let idNumber: String
    let category: IncomeCategory
    let item: String
    let amount: Money
    let fromMonth: MonthPeriod
    let toMonth: MonthPeriod
    let source: String?

    var fileKey: [String] { [idNumber, category.rawValue, item, fromMonth.iso] }

    static func parse(_ reader: inout RowReader, today: CivilDate) -> IncomeFileRow? {
        let idNumber = reader.idNumber("id_number", today: today, legacy: false)
        let category = reader.code("income_category", IncomeCategory.self, required: true)
        let item = reader.required("income_item")
        // Net business or property income may be negative, so the sign is kept.
        let amount = reader.money("amount", required: true)
        let from = reader.month("from_month", required: true)
        let to = reader.month("to_month", required: true)
        if let from, let to, to < from { reader.fail("to_month", to.iso, "import.error.month.end_before_start") }
        guard let idNumber, let category, let item, let amount, let from, let to else { return nil }
        return IncomeFileRow(idNumber: idNumber.value, category: category, item: item, amount: amount, fromMonth: from,
                             toMonth: to, source: reader.text("source"))
    }

    /// Income counts towards the person's current household, which they must have.
    func record(of person: PersonRow, in scope: PersonRecordScope) -> IncomeRecordRow? {
        guard let household = scope.currentHousehold[person.id] else { return nil }
        return IncomeRecordRow(IncomeRecord(id: OrderedUUID.make(), householdID: household, personID: person.id, category: category,
                                            item: item, amount: amount, fromMonth: fromMonth, toMonth: toMonth, source: source),
                               region: person.regionCode)
    }
}
