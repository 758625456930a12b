import DoudiDomain
import Foundation
import SQLKit

/// Writes a run's findings against the stored ones: a new key is a new finding; a known
/// key is the same finding seen again, its evidence replaced and marked changed when the
/// hash differs. The mark stays until someone reviews the finding (adjudication, part 2
/// of the cross-check): a later run that sees the same evidence does not clear it.
/// Nothing is ever inserted twice for one key (the key is unique as well).
struct FindingStore {
    struct Counts: Sendable, Equatable {
        var new = 0, changed = 0, unchanged = 0
    }

    static let columns = ["id", "region_code", "rule", "finding_key", "person_id", "enrollment_id", "source_key", "evidence_json",
                          "evidence_sha256", "evidence_changed", "first_run_id", "last_run_id", "first_seen_at", "last_seen_at"]

    let sql: any SQLDatabase

    /// Per rule, what the run's drafts were against the stored findings.
    func store(_ drafts: [FindingDraft], run: UUID, at now: Date) async throws -> [AuditRule: Counts] {
        let stored = try await chunkedLookup(drafts.map(\.key)) { keys in
            try await sql.select().column("finding_key").column("evidence_sha256").from("findings")
                .where("finding_key", .in, keys).all()
                .map { (try $0.decode(column: "finding_key", as: String.self), try $0.decode(column: "evidence_sha256", as: String.self)) }
        }
        let known = Dictionary(stored, uniquingKeysWith: { first, _ in first })
        var counts: [AuditRule: Counts] = [:]
        for draft in drafts {
            switch known[draft.key] {
            case nil: counts[draft.rule, default: Counts()].new += 1
            case draft.evidenceSHA256?: counts[draft.rule, default: Counts()].unchanged += 1
            default: counts[draft.rule, default: Counts()].changed += 1
            }
        }
        // One upsert for all three cases, so a run that races another on the same key
        // updates the finding instead of failing, and changed findings cost no extra
        // round trip each. The area follows the enrollment if it moved. Written in bulk
        // (bound values, or COPY through a staging table on PostgreSQL), with time-ordered
        // ids so the key index is appended to, not split at random.
        let rows = drafts.lazy.map { draft -> [any Encodable & Sendable] in
            [OrderedUUID.make(now: now), draft.region, draft.rule.code, draft.key, draft.personID, draft.enrollmentID, draft.sourceKey,
             draft.evidenceJSON, draft.evidenceSHA256, false, run, run, now, now]
        }
        var insert = BulkInsert(table: "findings", columns: Self.columns)
        insert.upsert = .init(key: ["finding_key"], assignments: """
            "region_code" = excluded."region_code", "evidence_json" = excluded."evidence_json", \
            "evidence_changed" = CASE WHEN findings."evidence_sha256" <> excluded."evidence_sha256" THEN TRUE ELSE findings."evidence_changed" END, \
            "evidence_sha256" = excluded."evidence_sha256", "last_run_id" = excluded."last_run_id", "last_seen_at" = excluded."last_seen_at"
            """)
        try await insert.run(rows, on: sql)
        return counts
    }
}
