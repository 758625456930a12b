import DoudiDomain
import Foundation
import SQLKit

/// The run's record: the run row, its findings against the stored ones, its audit entry.
extension CrossCheckRunner {
    /// What one run stores.
    struct RunRecord: Sendable {
        let id: UUID
        let request: Request
        let rules: [AuditRule]
        let batches: [ReferenceBatch]
        let rollRows: Int
        let hits: Int
        let findings: [FindingDraft]
    }

    /// The run, its findings against the stored ones, and its audit entry, on one transaction.
    func record(_ run: RunRecord, sql: any SQLDatabase) async throws -> [AuditRule: FindingStore.Counts] {
        let request = run.request
        try await BulkInsert(table: "crosscheck_runs", columns: [
            "id", "region_code", "rules", "batches", "started_by", "started_at", "finished_at", "roll_rows", "hits",
            "findings_new", "findings_changed", "findings_unchanged",
        ]).run([[run.id, request.region.value, run.rules.map { "\($0.code)@\($0.version)" }.joined(separator: ","),
                 run.batches.map { UUIDText.string($0.id) }.joined(separator: ","), request.caller.userID, request.now, request.now,
                 Int64(run.rollRows), Int64(run.hits), Int64(0), Int64(0), Int64(0)]], on: sql)
        let counts = try await FindingStore(sql: sql).store(run.findings, run: run.id, by: request.caller, at: request.now)
        let sum = counts.values.reduce(into: FindingStore.Counts()) { $0.new += $1.new; $0.changed += $1.changed; $0.unchanged += $1.unchanged }
        let perRule = Dictionary(uniqueKeysWithValues: counts.map { ($0.key.code, $0.value) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let countsJSON = String(decoding: try encoder.encode(perRule), as: UTF8.self)
        try await sql.update("crosscheck_runs").set("counts_json", to: countsJSON).set("findings_new", to: Int64(sum.new)).set("findings_changed", to: Int64(sum.changed))
            .set("findings_unchanged", to: Int64(sum.unchanged)).set("finished_at", to: Date()).where("id", .equal, run.id).run()
        try await AuditLog(sql: sql, key: auditKey).append(
            action: "crosscheck.run", subjectKind: "crosscheck_run", subjectKey: UUIDText.string(run.id), region: request.region.value,
            actor: request.caller, origin: request.origin,
            detail: ChangeLog.json(["rules": run.rules.map(\.code).joined(separator: ","), "batches": String(run.batches.count),
                                    "findings": String(run.findings.count), "new": String(sum.new)]), at: request.now)
        return counts
    }
}
