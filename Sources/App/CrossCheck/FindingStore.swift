import DoudiDomain
import Foundation
import SQLKit

/// Writes a run's findings against the stored ones: a new key is a new finding; a known
/// key is the same finding seen again, its evidence replaced and marked changed when the
/// hash differs. The mark stays until someone decides the finding (`FindingDecisions`):
/// a later run that sees the same evidence does not clear it. A decided finding keeps its
/// decision across runs; when its evidence changes it is reopened (status `reopened`, the
/// evidence it was decided on kept beside the new), and the reopening is recorded in its
/// history. Nothing is ever inserted twice for one key (the key is unique as well).
struct FindingStore {
    struct Counts: Sendable, Equatable, Codable {
        var new = 0, changed = 0, unchanged = 0
        /// Of `changed`: decided findings reopened by the change.
        var reopened = 0

        /// Two loads' counts together (a run stores its findings in several).
        static func + (a: Counts, b: Counts) -> Counts {
            Counts(new: a.new + b.new, changed: a.changed + b.changed, unchanged: a.unchanged + b.unchanged, reopened: a.reopened + b.reopened)
        }
    }

    /// Each finding's own values; the run's (`evidence_changed` false, the run, the time) are
    /// the bulk insert's shared values.
    static let columns = ["id", "region_code", "rule", "finding_key", "person_id", "enrollment_id", "household_id", "source_key", "evidence_json",
                          "evidence_sha256"]

    let sql: any SQLDatabase

    /// Per rule, what the run's drafts were against the stored findings.
    func store(_ drafts: [FindingDraft], run: UUID, by caller: Caller, at now: Date) async throws -> [AuditRule: Counts] {
        let stored = try await chunkedLookup(drafts.map(\.key)) { keys in
            try await sql.select().column("finding_key").column("evidence_sha256").column("status").from("findings")
                .where("finding_key", .in, keys).all()
                .map { (try $0.decode(column: "finding_key", as: String.self),
                        (try $0.decode(column: "evidence_sha256", as: String.self), try $0.decode(column: "status", as: String.self))) }
        }
        let known = Dictionary(stored, uniquingKeysWith: { first, _ in first })
        var counts: [AuditRule: Counts] = [:]
        var reopened: [String] = []
        for draft in drafts {
            guard let (hash, status) = known[draft.key] else { counts[draft.rule, default: Counts()].new += 1; continue }
            if hash == draft.evidenceSHA256 { counts[draft.rule, default: Counts()].unchanged += 1; continue }
            counts[draft.rule, default: Counts()].changed += 1
            if FindingStatus(rawValue: status)?.isDecided == true {
                counts[draft.rule, default: Counts()].reopened += 1
                reopened.append(draft.key)
            }
        }
        // One upsert for all three cases, so a run that races another on the same key
        // updates the finding instead of failing, and changed findings cost no extra
        // round trip each. The area follows the enrollment if it moved. Written in bulk
        // (bound values, or COPY through a staging table on PostgreSQL), with time-ordered
        // ids so the key index is appended to, not split at random.
        let rows = drafts.lazy.map { draft -> [any Encodable & Sendable] in
            [OrderedUUID.make(now: now), draft.region, draft.rule.code, draft.key, draft.personID, draft.enrollmentID, draft.householdID, draft.sourceKey,
             draft.evidenceJSON, draft.evidenceSHA256]
        }
        var insert = BulkInsert(table: "findings", columns: Self.columns)
        insert.shared = [("evidence_changed", false), ("first_run_id", run), ("last_run_id", run), ("first_seen_at", now), ("last_seen_at", now)]
        // SET reads the row as it was: the status and reopening test the old hash.
        let decided = FindingStatus.decisions.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let reopens = #"findings."evidence_sha256" <> excluded."evidence_sha256" AND findings."status" IN ("# + decided + ")"
        insert.upsert = .init(key: ["finding_key"], assignments: """
            "region_code" = excluded."region_code", "evidence_json" = excluded."evidence_json", \
            "status" = CASE WHEN \(reopens) THEN 'reopened' ELSE findings."status" END, \
            "reopened_at" = CASE WHEN \(reopens) THEN excluded."last_seen_at" ELSE findings."reopened_at" END, \
            "evidence_changed" = CASE WHEN findings."evidence_sha256" <> excluded."evidence_sha256" THEN TRUE ELSE findings."evidence_changed" END, \
            "evidence_sha256" = excluded."evidence_sha256", "last_run_id" = excluded."last_run_id", "last_seen_at" = excluded."last_seen_at"
            """)
        try await insert.run(rows, on: sql)
        try await FindingDecisions(sql: sql).recordReopened(keys: reopened, run: run, by: caller, at: now)
        return counts
    }
}
