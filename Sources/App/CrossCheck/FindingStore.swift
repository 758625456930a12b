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
    func store(_ drafts: [FindingDraft], run: UUID, at now: Date) async throws -> [IdentityRule: Counts] {
        let stored = try await chunkedLookup(drafts.map(\.key)) { keys in
            try await sql.select().column("finding_key").column("evidence_sha256").from("findings")
                .where("finding_key", .in, keys).all()
                .map { (try $0.decode(column: "finding_key", as: String.self), try $0.decode(column: "evidence_sha256", as: String.self)) }
        }
        let known = Dictionary(stored, uniquingKeysWith: { first, _ in first })
        var counts: [IdentityRule: Counts] = [:]
        for draft in drafts {
            switch known[draft.key] {
            case nil: counts[draft.rule, default: Counts()].new += 1
            case draft.evidenceSHA256?: counts[draft.rule, default: Counts()].unchanged += 1
            default: counts[draft.rule, default: Counts()].changed += 1
            }
        }
        // One upsert for all three cases, so a run that races another on the same key
        // updates the finding instead of failing, and changed findings cost no extra
        // round trip each. The area follows the enrollment if it moved.
        var start = 0
        while start < drafts.count {
            let chunk = drafts[start..<min(start + 2_000, drafts.count)]
            var insert = sql.insert(into: "findings").columns(Self.columns)
            for draft in chunk {
                let row: [any Encodable & Sendable] = [UUID(), draft.region, draft.rule.rawValue, draft.key, draft.personID,
                                                       draft.enrollmentID, draft.sourceKey, draft.evidenceJSON, draft.evidenceSHA256,
                                                       false, run, run, now, now]
                insert = insert.values(row)
            }
            try await insert.onConflict(with: ["finding_key"]) { update in
                update.set(excludedValueOf: "region_code").set(excludedValueOf: "evidence_json")
                    .set("evidence_changed", to: SQLRaw("CASE WHEN findings.evidence_sha256 <> excluded.evidence_sha256 THEN TRUE ELSE findings.evidence_changed END"))
                    .set(excludedValueOf: "evidence_sha256").set(excludedValueOf: "last_run_id").set(excludedValueOf: "last_seen_at")
            }.run()
            start += chunk.count
        }
        return counts
    }
}
