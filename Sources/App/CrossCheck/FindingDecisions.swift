import Crypto
import DoudiDomain
import Fluent
import Foundation
import SQLKit

/// Decides findings and keeps every decision. A decision sets the finding's status, who,
/// when and why, and the evidence it was made on (a later change of evidence reopens the
/// finding: `FindingStore`); each decision and each reopening is also a row of
/// `finding_decisions` and an audit-log entry, so no decision is ever lost.
struct FindingDecisions {
    let sql: any SQLDatabase

    /// A decision as typed (`confirmed`, `false_positive`, `field_check`), for the web form,
    /// the API and the CLI alike.
    static func decide(_ id: UUID, decision text: String, reason: String, by caller: Caller, on database: any Database,
                       auditKey: SymmetricKey, origin: String) async throws -> FindingStatus {
        let text = text.trimmed.lowercased()
        guard let status = FindingStatus(rawValue: text), status.isDecided else {
            throw UserFacingError(.badRequest, "finding.error.decision", ["value": text])
        }
        try await decide(id, as: status, reason: reason, by: caller, on: database, auditKey: auditKey, origin: origin)
        return status
    }

    /// One decision by `caller` on the finding `id` within their area, in one transaction
    /// with its history row and audit entry. The reason is required. A decision or reason
    /// that cannot be read is refused before anything is looked up (400).
    static func decide(_ id: UUID, as status: FindingStatus, reason: String, by caller: Caller, on database: any Database,
                       auditKey: SymmetricKey, origin: String, at now: Date = Date()) async throws {
        guard status.isDecided else { throw UserFacingError(.badRequest, "finding.error.decision", ["value": status.rawValue]) }
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw UserFacingError(.badRequest, "finding.error.reason_required") }
        guard reason.count <= 500 else { throw UserFacingError(.badRequest, "finding.error.reason_long", ["max": "500"]) }
        try await database.transaction { transaction in
            let sql = transaction as! any SQLDatabase
            guard let row = try await sql.select().columns("region_code", "status", "evidence_json", "evidence_sha256", "rule").from("findings")
                .where("id", .equal, id).within(caller.scope).first() else {
                throw UserFacingError(.notFound, "finding.error.not_found")
            }
            // After the area: a finding outside it does not exist for the caller, whatever their role.
            guard caller.role.may(.adjudicateFindings) else { throw UserFacingError(.forbidden, "finding.error.role") }
            let region = try row.decode(column: "region_code", as: String.self)
            let previous = try row.decode(column: "status", as: String.self)
            try await sql.update("findings")
                .set("status", to: status.rawValue).set("decided_by", to: caller.userID).set("decided_at", to: now)
                .set("decision_reason", to: reason).set("decided_evidence_json", to: try row.decode(column: "evidence_json", as: String.self))
                .set("evidence_changed", to: false).set("reopened_at", to: SQLLiteral.null)
                .where("id", .equal, id).run()
            try await FindingDecisions(sql: sql).history(finding: id, region: region, decision: status.rawValue, reason: reason, by: caller.userID,
                                                         at: now, evidenceSHA256: try row.decode(column: "evidence_sha256", as: String.self))
            try await AuditLog(sql: sql, key: auditKey).append(
                action: "finding.decide", subjectKind: "finding", subjectKey: UUIDText.string(id), region: region, actor: caller, origin: origin,
                detail: ChangeLog.json(["rule": try row.decode(column: "rule", as: String.self), "from": previous, "to": status.rawValue,
                                        "reason": reason]), at: now)
        }
    }

    /// The history rows of findings a run reopened (their evidence changed after a decision).
    func recordReopened(keys: [String], run: UUID, by caller: Caller, at now: Date) async throws {
        guard !keys.isEmpty else { return }
        let reason = L("finding.reopened_reason", ["run": UUIDText.string(run)])
        let rows = try await chunkedLookup(keys) { chunk in
            try await sql.select().columns("id", "region_code", "evidence_sha256").from("findings").where("finding_key", .in, chunk).all()
        }
        for row in rows {
            try await history(finding: try row.decode(column: "id", as: UUID.self), region: try row.decode(column: "region_code", as: String.self),
                              decision: FindingStatus.reopened.rawValue, reason: reason, by: caller.userID, at: now,
                              evidenceSHA256: try row.decode(column: "evidence_sha256", as: String.self))
        }
    }

    private func history(finding: UUID, region: String, decision: String, reason: String, by user: UUID, at now: Date,
                         evidenceSHA256: String) async throws {
        try await sql.insert(into: "finding_decisions")
            .columns("id", "finding_id", "region_code", "decision", "reason", "decided_by", "decided_at", "evidence_sha256")
            .values(SQLBind(OrderedUUID.make(now: now)), SQLBind(finding), SQLBind(region), SQLBind(decision), SQLBind(reason), SQLBind(user),
                    SQLBind(now), SQLBind(evidenceSHA256))
            .run()
    }
}
