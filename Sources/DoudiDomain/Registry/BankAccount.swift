import Foundation

/// The account benefits are paid into. The number is stored in full for payment
/// files and masked on every other output.
public struct BankAccount: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var personID: UUID
    public var bank: String
    public var accountNo: String
    public var holderName: String

    public init(id: UUID, personID: UUID, bank: String, accountNo: String, holderName: String) {
        self.id = id
        self.personID = personID
        self.bank = bank
        self.accountNo = accountNo
        self.holderName = holderName
    }

    /// Only the last four digits are shown (e.g. ************5678).
    public var maskedAccountNo: String {
        let digits = Array(accountNo)
        guard digits.count > 4 else { return String(repeating: "*", count: digits.count) }
        return String(repeating: "*", count: digits.count - 4) + String(digits.suffix(4))
    }
}
