import DoudiDomain
import Fluent
import SQLKit
import Vapor

/// `doudi import payments`: the payment ledger keyed on (证号, 发放月份). The enrollment
/// must exist within the caller's area; the payment takes its region.
struct PaymentImporter: RecordImporter {
    static let kind = "payments"
    typealias Row = PaymentFileRow
    typealias Record = PaymentRow

    let database: any Database
    let auditKey: SymmetricKey

    func records(for lines: [Line], caller: Caller, sql: any SQLDatabase,
                 issues: inout [ImportIssue]) async throws -> [(line: Line, record: PaymentRow)] {
        let enrollments = try await ReferenceIndex<EnrollmentRow>.load(lines.map(\.row.certificateNo), sql: sql)
        return lines.compactMap { line in
            guard let enrollment = enrollments.resolve(line.row.certificateNo, line: line.line, column: "certificate_no",
                                                       caller: caller, issues: &issues)
            else { return nil }
            var payment = line.row.payment
            payment.enrollmentID = enrollment.id
            return (line, PaymentRow(payment, region: enrollment.regionCode))
        }
    }
}
