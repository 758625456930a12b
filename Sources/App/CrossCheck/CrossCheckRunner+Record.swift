import DoudiDomain
import Foundation
import SQLKit

/// The run's record: the run row, its findings against the stored ones, its audit entry.
extension CrossCheckRunner {
    /// What the run row says before its findings are stored.
    struct RunRecord: Sendable {
        let id: UUID
        let request: Request
        let rules: [AuditRule]
        let batches: [ReferenceBatch]
        let rollRows: Int
    }

    /// What was stored: the counts per rule, and every rule's hits.
    struct RecordedRun: Sendable {
        var counts: [AuditRule: FindingStore.Counts] = [:]
        var hits = 0
    }

    /// Findings are stored in loads of at least this many (a part of the households holds a few hundred).
    static let storeLoad = 8_192

    /// What each side of the storing's transaction gives back.
    enum StoringSide: Sendable {
        case recorded(RecordedRun)
        case rest(RestOfRun)
    }

    /// The run's row, written before anything else in its transaction (which then holds the
    /// write lock): its counts are filled in by `record`.
    func begin(_ run: RunRecord, sql: any SQLDatabase) async throws {
        let request = run.request
        // A province's findings go into three indexes at random places; with SQLite's default
        // cache the transaction spills dirty index pages and reads them back. 96 MiB holds a
        // province's finding indexes (about 50 MB); the table's pages are appended.
        try await BulkSession.prepare(sql, cacheKiB: 98_304)
        try await BulkInsert(table: "crosscheck_runs", columns: [
            "id", "region_code", "rules", "batches", "started_by", "started_at", "finished_at", "roll_rows", "hits",
            "findings_new", "findings_changed", "findings_unchanged",
        ]).run([[run.id, request.region.value, run.rules.map { "\($0.code)@\($0.version)" }.joined(separator: ","),
                 run.batches.map { UUIDText.string($0.id) }.joined(separator: ","), request.caller.userID, request.now, request.now,
                 Int64(run.rollRows), Int64(0), Int64(0), Int64(0), Int64(0)]], on: sql)
    }

    /// The run's findings against the stored ones as `events` brings them (a key met before is
    /// stored once), then the run's counts and its audit entry, in the transaction `begin`
    /// opened. Returns once both the household rules and the rest have reported; the household
    /// rules' failure throws `HouseholdsFailed`, so nothing of the run is kept.
    func record(_ run: RunRecord, events: AsyncStream<StoringEvent>, sql: any SQLDatabase) async throws -> RecordedRun {
        let request = run.request
        let store = FindingStore(sql: sql)
        var recorded = RecordedRun(), seen: Set<String> = [], pending: [FindingDraft] = [], findings = 0
        var householdsDone = false, restDone = false
        func flush() async throws {
            guard !pending.isEmpty else { return }
            let counts = try await store.store(pending, run: run.id, by: request.caller, at: request.now)
            recorded.counts.merge(counts) { $0 + $1 }
            findings += pending.count
            pending.removeAll(keepingCapacity: true)
        }
        for await event in events {
            switch event {
            case let .householdPart(drafts):
                for draft in drafts where seen.insert(draft.key).inserted { pending.append(draft) }
            case let .householdsDone(hits):
                recorded.hits += hits
                householdsDone = true
            case .householdsFailed:
                throw HouseholdsFailed()
            case let .rest(drafts, hits):
                for draft in drafts where seen.insert(draft.key).inserted { pending.append(draft) }
                recorded.hits += hits
                restDone = true
            }
            if householdsDone && restDone { break }
            if pending.count >= Self.storeLoad { try await flush() }
        }
        // Ended early: the run was cancelled (its own error is what the caller sees).
        guard householdsDone, restDone else { throw CancellationError() }
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
