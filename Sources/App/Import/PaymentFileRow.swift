import DoudiDomain
import Foundation

/// One validated row of a 发放记录 file (§3): one enrollment's payment for one month.
struct PaymentFileRow: RecordFileRow {
    static let columns: [ImportColumn] = [
        .required("certificate_no"), .required("month"), .required("amount"), .optional("paid_on"), .required("status"),
        .optional("reference"),
    ]
    static let keyColumn = "certificate_no"

    let certificateNo: String
    /// The payment as the file describes it (the enrollment is filled in on import).
    let payment: Payment

    var fileKey: [String] { [certificateNo, payment.month.iso] }

    static func parse(_ reader: inout RowReader, today: CivilDate) -> PaymentFileRow? {
        let certificateNo = reader.required("certificate_no")
        let month = reader.month("month", required: true)
        let amount = reader.nonNegativeMoney("amount", required: true)
        let paidOn = reader.date("paid_on")
        let status = reader.code("status", PaymentStatus.self, required: true)
        guard let certificateNo, let month, let amount, let status else { return nil }
        return PaymentFileRow(certificateNo: certificateNo, payment: Payment(
            id: OrderedUUID.make(), enrollmentID: UUID(), month: month, amount: amount, paidOn: paidOn, status: status,
            reference: reader.text("reference")))
    }
}
