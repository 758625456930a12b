import Foundation

/// One month's payment of one enrollment, as imported from the bank or 一本通.
public struct Payment: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var enrollmentID: UUID
    public var month: MonthPeriod
    public var amount: Money
    public var paidOn: CivilDate?
    public var status: PaymentStatus
    public var reference: String?

    public init(id: UUID, enrollmentID: UUID, month: MonthPeriod, amount: Money, paidOn: CivilDate?, status: PaymentStatus, reference: String?) {
        self.id = id
        self.enrollmentID = enrollmentID
        self.month = month
        self.amount = amount
        self.paidOn = paidOn
        self.status = status
        self.reference = reference
    }
}
