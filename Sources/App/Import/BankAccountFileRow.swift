import DoudiDomain
import Foundation

/// One validated row of a 银行账户 file (§8): the account a person is paid into.
struct BankAccountFileRow: PersonFileRow {
    static let kind = "accounts"
    static let columns: [ImportColumn] = [
        .required("id_number"), .required("bank"), .required("account_no"), .required("holder_name"),
    ]

    let idNumber: String
    let bank: String
    let accountNo: String
    let holderName: String

    var fileKey: [String] { [idNumber, accountNo] }

    static func parse(_ reader: inout RowReader, today: CivilDate) -> BankAccountFileRow? {
        let idNumber = reader.idNumber("id_number", today: today, legacy: false)
        let bank = reader.required("bank")
        let accountNo = reader.accountNumber("account_no")
        let holder = reader.required("holder_name")
        guard let idNumber, let bank, let accountNo, let holder else { return nil }
        return BankAccountFileRow(idNumber: idNumber.value, bank: bank, accountNo: accountNo, holderName: holder)
    }

    func record(of person: PersonRow, in scope: PersonRecordScope) -> BankAccountRow? {
        BankAccountRow(BankAccount(id: OrderedUUID.make(), personID: person.id, bank: bank, accountNo: accountNo, holderName: holderName),
                       region: person.regionCode)
    }
}
