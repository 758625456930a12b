import DoudiDomain
import Foundation
import SQLKit

/// One finding with what its page shows: the subject by name and opaque keys, the
/// evidence now and as decided, the decision, and every decision before it.
struct FindingDetail: Sendable {
    struct Decision: Sendable {
        let status: FindingStatus
        let reason: String
        let by: String
        let at: Date
    }

    let id: UUID
    let rule: AuditRule
    let status: FindingStatus
    let region: String
    /// Nil for a finding on an area (a region rule's).
    let personID: UUID?
    let personName: String?
    /// The person's name, or the area's.
    let subjectName: String
    /// The household: the finding's own, or its enrollment's.
    let householdID: UUID?
    /// Nil for a finding on a household that holds no enrollment.
    let program: String?
    let certificateNo: String?
    let evidence: FindingEvidence
    let decidedEvidence: FindingEvidence?
    let evidenceChanged: Bool
    let firstSeenAt: Date
    let lastSeenAt: Date
    let reopenedAt: Date?
    let history: [Decision]

    /// The areas its evidence lists (a region finding's villages), for naming them.
    var listedAreas: [String] { FindingExplanation.rates(evidence.facts.statistic?["rates"]).map(\.code) }
}

extension FindingQuery {
    /// The finding `id` when it lies in the caller's area; nil otherwise (the same answer
    /// as for a key that does not exist, so a key reveals nothing outside the area).
    func detail(_ id: UUID, caller: Caller) async throws -> FindingDetail? {
        let columns = ["id", "rule", "status", "region_code", "person_id", "evidence_json", "decided_evidence_json", "evidence_changed",
                       "first_seen_at", "last_seen_at", "reopened_at"].map { SQLColumn($0, table: "f") as any SQLExpression }
        let household = SQLFunction("COALESCE", args: SQLColumn("household_id", table: "f"), SQLColumn("household_id", table: "e"))
        guard let row = try await Self.joinSubject(sql.select().columns(columns)
            .column(SQLAlias(SQLColumn("name", table: "p"), as: SQLIdentifier("person_name")))
            .column(SQLAlias(Self.subjectName, as: SQLIdentifier("subject_name")))
            .column(SQLAlias(household, as: SQLIdentifier("subject_household"))).column(SQLColumn("program", table: "e"))
            .column(SQLColumn("certificate_no", table: "e"))
            .from(SQLAlias(SQLIdentifier("findings"), as: SQLIdentifier("f"))))
            .join(SQLAlias(SQLIdentifier("enrollments"), as: SQLIdentifier("e")), method: SQLJoinMethod.left,
                  on: SQLColumn("enrollment_id", table: "f"), .equal, SQLColumn("id", table: "e"))
            .where(SQLColumn("id", table: "f"), .equal, SQLBind(id)).within(caller.scope, table: "f").first() else { return nil }
        let code = try row.decode(column: "rule", as: String.self), statusText = try row.decode(column: "status", as: String.self)
        guard let rule = AuditRule(code: code), let status = FindingStatus(rawValue: statusText) else {
            throw DataIntegrityError(message: "finding with unknown rule \(code) or status \(statusText)")
        }
        let decoder = JSONDecoder()
        let evidence = try decoder.decode(FindingEvidence.self, from: Data(try row.decode(column: "evidence_json", as: String.self).utf8))
        let decided = try row.decodeNil(column: "decided_evidence_json") ? nil
            : try decoder.decode(FindingEvidence.self, from: Data(try row.decode(column: "decided_evidence_json", as: String.self).utf8))
        let history = try await sql.select().column(SQLColumn("decision", table: "d")).column(SQLColumn("reason", table: "d"))
            .column(SQLColumn("decided_at", table: "d")).column(SQLAlias(SQLColumn("display_name", table: "u"), as: SQLIdentifier("by_name")))
            .from(SQLAlias(SQLIdentifier("finding_decisions"), as: SQLIdentifier("d")))
            .join(SQLAlias(SQLIdentifier("users"), as: SQLIdentifier("u")), on: SQLColumn("decided_by", table: "d"), .equal, SQLColumn("id", table: "u"))
            .where(SQLColumn("finding_id", table: "d"), .equal, SQLBind(id))
            .orderBy(SQLColumn("decided_at", table: "d"), SQLDirection.ascending).orderBy(SQLColumn("id", table: "d"), SQLDirection.ascending)
            .all().map { row in
                FindingDetail.Decision(status: FindingStatus(rawValue: try row.decode(column: "decision", as: String.self)) ?? .open,
                                       reason: try row.decode(column: "reason", as: String.self), by: try row.decode(column: "by_name", as: String.self),
                                       at: try row.decode(column: "decided_at", as: Date.self))
            }
        return FindingDetail(
            id: id, rule: rule, status: status, region: try row.decode(column: "region_code", as: String.self),
            personID: try row.decode(column: "person_id", as: UUID?.self), personName: try row.decode(column: "person_name", as: String?.self),
            subjectName: try row.decode(column: "subject_name", as: String.self),
            householdID: try row.decode(column: "subject_household", as: UUID?.self), program: try row.decode(column: "program", as: String?.self),
            certificateNo: try row.decode(column: "certificate_no", as: String?.self), evidence: evidence, decidedEvidence: decided,
            evidenceChanged: try row.decode(column: "evidence_changed", as: Bool.self),
            firstSeenAt: try row.decode(column: "first_seen_at", as: Date.self), lastSeenAt: try row.decode(column: "last_seen_at", as: Date.self),
            reopenedAt: try row.decode(column: "reopened_at", as: Date?.self), history: history)
    }
}
