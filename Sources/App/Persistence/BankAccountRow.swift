import DoudiDomain
import Foundation

/// A `bank_accounts` row as stored: the account a person's benefits are paid into.
struct BankAccountRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var personId: UUID
    var bank: String
    var accountNo: String
    var holderName: String

    static let table = "bank_accounts"
    static let columns = ["id", "region_code", "person_id", "bank", "account_no", "holder_name"]

    var values: [any Encodable & Sendable] { [id, regionCode, personId, bank, accountNo, holderName] }

    init(_ account: BankAccount, region: String) {
        id = account.id
        regionCode = region
        personId = account.personID
        bank = account.bank
        accountNo = account.accountNo
        holderName = account.holderName
    }
}

extension BankAccountRow: ImportedRecord {
    static let entity = "bank_account"
    static let lookupColumn = "person_id"

    var lookupValue: UUID { personId }
    var naturalKey: [String] { [personId.uuidString, accountNo] }
}
