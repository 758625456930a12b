import DoudiDomain
import Foundation
import SQLKit

/// An `enrollments` row as stored, together with the persons it covers (kept in
/// `enrollment_members`), so that a change of members is a change of the enrollment
/// and its before-image in history names the members it had.
struct EnrollmentRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var householdId: UUID
    var certificateNo: String
    var program: String
    var status: String
    var coverage: String
    var monthlyAmountFen: Int64
    var categories: String
    var reviewClass: String?
    var startedOn: String
    var startReason: String?
    var endedOn: String?
    var endReason: String?
    var nextReviewOn: String?
    var acceptedBy: UUID?
    var investigatedBy: UUID?
    var approvedBy: UUID?
    var careForm: String?
    var voluntaryChoice: String?
    /// Covered persons, sorted so that equal sets compare equal.
    var memberIds: [UUID] = []

    // `memberIds` is not a column: decoding a row leaves it empty for the caller to fill.
    enum CodingKeys: String, CodingKey {
        case id, regionCode, householdId, certificateNo, program, status, coverage, monthlyAmountFen, categories
        case reviewClass, startedOn, startReason, endedOn, endReason, nextReviewOn, acceptedBy, investigatedBy
        case approvedBy, careForm, voluntaryChoice
    }

    static let table = "enrollments"
    static let columns = [
        "id", "region_code", "household_id", "certificate_no", "program", "status", "coverage", "monthly_amount_fen",
        "categories", "review_class", "started_on", "start_reason", "ended_on", "end_reason", "next_review_on",
        "accepted_by", "investigated_by", "approved_by", "care_form", "voluntary_choice",
    ]

    var values: [any Encodable & Sendable] {
        [id, regionCode, householdId, certificateNo, program, status, coverage, monthlyAmountFen, categories, reviewClass,
         startedOn, startReason, endedOn, endReason, nextReviewOn, acceptedBy, investigatedBy, approvedBy, careForm,
         voluntaryChoice]
    }

    init(_ enrollment: Enrollment) {
        id = enrollment.id
        regionCode = enrollment.region.value
        householdId = enrollment.householdID
        certificateNo = enrollment.certificateNo
        program = enrollment.program.rawValue
        status = enrollment.status.rawValue
        coverage = enrollment.coverage.rawValue
        monthlyAmountFen = enrollment.monthlyAmount.fen
        categories = enrollment.categories.map(\.rawValue).sorted().joined(separator: ",")
        reviewClass = enrollment.reviewClass?.rawValue
        startedOn = enrollment.startedOn.iso
        startReason = enrollment.startReason
        endedOn = enrollment.endedOn?.iso
        endReason = enrollment.endReason
        nextReviewOn = enrollment.nextReviewOn?.iso
        acceptedBy = enrollment.acceptedBy
        investigatedBy = enrollment.investigatedBy
        approvedBy = enrollment.approvedBy
        careForm = enrollment.careForm?.rawValue
        voluntaryChoice = enrollment.voluntaryChoice
        memberIds = Self.ordered(enrollment.memberIDs)
    }


    static func ordered(_ ids: some Sequence<UUID>) -> [UUID] {
        Set(ids).sorted { $0.precedes($1) }
    }
}

extension EnrollmentRow: ImportedRecord, ReferencedRow {
    static let entity = "enrollment"
    static let stampsUpdatedAt = true
    static let lookupColumn = "certificate_no"
    static let elsewhereReason = "import.error.certificate.elsewhere"
    static let referenceColumn = "certificate_no"
    static let unknownReason = "import.error.enrollment.unknown"

    var lookupValue: String { certificateNo }
    var naturalKey: [String] { [certificateNo] }
    var referenceKey: String { certificateNo }

    private struct Image: Encodable {
        let enrollment: EnrollmentRow
        let memberIds: [UUID]
    }

    var beforeImage: String { ChangeLog.json(Image(enrollment: self, memberIds: memberIds)) }

    /// Stored enrollments with their members filled in.
    static func stored(matching records: [EnrollmentRow], sql: any SQLDatabase) async throws -> [EnrollmentRow] {
        try await withMembers(try await rows(where: lookupColumn, in: records.map(\.certificateNo), sql: sql), sql: sql)
    }

    /// `rows` with their `memberIds` filled, optionally only members within `scope`.
    static func withMembers(_ rows: [EnrollmentRow], within scope: RegionCode? = nil, sql: any SQLDatabase) async throws -> [EnrollmentRow] {
        attach(try await EnrollmentMemberStore(sql: sql).members(of: rows.map(\.id), within: scope), to: rows)
    }

    /// `rows` with their members (`EnrollmentMemberStore`), in their order.
    static func attach(_ members: [UUID: [UUID]], to rows: [EnrollmentRow]) -> [EnrollmentRow] {
        return rows.map { row in
            var row = row
            row.memberIds = ordered(members[row.id] ?? [])
            return row
        }
    }
}
