import DoudiDomain
import Foundation

/// A `payments` row as stored: one enrollment's payment for one month.
struct PaymentRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var enrollmentId: UUID
    var month: String
    var amountFen: Int64
    var paidOn: String?
    var status: String
    var reference: String?

    static let table = "payments"
    static let columns = ["id", "region_code", "enrollment_id", "month", "amount_fen", "paid_on", "status", "reference"]

    var values: [any Encodable & Sendable] { [id, regionCode, enrollmentId, month, amountFen, paidOn, status, reference] }

    /// The payment as stored for an enrollment of `region`.
    init(_ payment: Payment, region: String) {
        id = payment.id
        regionCode = region
        enrollmentId = payment.enrollmentID
        month = payment.month.iso
        amountFen = payment.amount.fen
        paidOn = payment.paidOn?.iso
        status = payment.status.rawValue
        reference = payment.reference
    }
}

extension PaymentRow: ImportedRecord {
    static let entity = "payment"
    static let lookupColumn = "enrollment_id"

    var lookupValue: UUID { enrollmentId }
    var naturalKey: [String] { [enrollmentId.uuidString, month] }
}
