import DoudiDomain
import Foundation
import SQLKit

/// The run's record: the run row, its findings against the stored ones, its audit entry.
extension CrossCheckRunner {
    /// What one run stores before the household rules' findings: `hits` and `findings` are
    /// the identity and area rules'.
    struct RunRecord: Sendable {
        let id: UUID
        let request: Request
        let rules: [AuditRule]
        let batches: [ReferenceBatch]
        let rollRows: Int
        let hits: Int
        let findings: [FindingDraft]
    }

    /// What was stored: the counts per rule, and every rule's hits.
    struct RecordedRun: Sendable {
        var counts: [AuditRule: FindingStore.Counts] = [:]
        var hits = 0
    }

    /// Findings are stored in loads of at least this many (a part of the households holds a few hundred).
    static let storeLoad = 8_192

    /// The run, its findings against the stored ones (`run.findings`, then the household
    /// rules' as `more` brings them; a key in `seen` or met before is stored once), and its
    /// audit entry, on one transaction. The household rules' failure throws `HouseholdsFailed`,
    /// so nothing of the run is kept.
    func record(_ run: RunRecord, seen: Set<String>, more: AsyncStream<HouseholdDrafts>, sql: any SQLDatabase) async throws -> RecordedRun {
        let request = run.request
        try await BulkInsert(table: "crosscheck_runs", columns: [
            "id", "region_code", "rules", "batches", "started_by", "started_at", "finished_at", "roll_rows", "hits",
            "findings_new", "findings_changed", "findings_unchanged",
        ]).run([[run.id, request.region.value, run.rules.map { "\($0.code)@\($0.version)" }.joined(separator: ","),
                 run.batches.map { UUIDText.string($0.id) }.joined(separator: ","), request.caller.userID, request.now, request.now,
                 Int64(run.rollRows), Int64(run.hits), Int64(0), Int64(0), Int64(0)]], on: sql)
        let store = FindingStore(sql: sql)
        var recorded = RecordedRun(hits: run.hits), seen = seen, pending = run.findings, findings = 0, done = false
        func flush() async throws {
            guard !pending.isEmpty else { return }
            let counts = try await store.store(pending, run: run.id, by: request.caller, at: request.now)
            recorded.counts.merge(counts) { $0 + $1 }
            findings += pending.count
            pending.removeAll(keepingCapacity: true)
        }
        try await flush()
        for await event in more {
            switch event {
            case let .part(drafts):
                for draft in drafts where seen.insert(draft.key).inserted { pending.append(draft) }
                if pending.count >= Self.storeLoad { try await flush() }
            case let .done(hits):
                recorded.hits += hits
                done = true
            case .failed:
                throw HouseholdsFailed()
            }
        }
        guard done else { throw HouseholdsFailed() }
        try await flush()
        let sum = recorded.counts.values.reduce(FindingStore.Counts(), +)
        let perRule = Dictionary(uniqueKeysWithValues: recorded.counts.map { ($0.key.code, $0.value) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let countsJSON = String(decoding: try encoder.encode(perRule), as: UTF8.self)
        try await sql.update("crosscheck_runs").set("counts_json", to: countsJSON).set("hits", to: Int64(recorded.hits))
            .set("findings_new", to: Int64(sum.new)).set("findings_changed", to: Int64(sum.changed))
            .set("findings_unchanged", to: Int64(sum.unchanged)).set("finished_at", to: Date()).where("id", .equal, run.id).run()
        try await AuditLog(sql: sql, key: auditKey).append(
            action: "crosscheck.run", subjectKind: "crosscheck_run", subjectKey: UUIDText.string(run.id), region: request.region.value,
            actor: request.caller, origin: request.origin,
            detail: ChangeLog.json(["rules": run.rules.map(\.code).joined(separator: ","), "batches": String(run.batches.count),
                                    "findings": String(findings), "new": String(sum.new)]), at: request.now)
        return recorded
    }
}
