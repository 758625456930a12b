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
        var inserts: [[any Encodable & Sendable]] = [], seenAgain: [String] = []
        for draft in drafts {
            switch known[draft.key] {
            case nil:
                counts[draft.rule, default: Counts()].new += 1
                inserts.append([UUID(), draft.region, draft.rule.rawValue, draft.key, draft.personID, draft.enrollmentID, draft.sourceKey,
                                draft.evidenceJSON, draft.evidenceSHA256, false, run, run, now, now])
            case draft.evidenceSHA256?:
                counts[draft.rule, default: Counts()].unchanged += 1
                seenAgain.append(draft.key)
            default:
                counts[draft.rule, default: Counts()].changed += 1
                try await sql.update("findings")
                    .set("evidence_json", to: draft.evidenceJSON).set("evidence_sha256", to: draft.evidenceSHA256)
                    .set("evidence_changed", to: true).set("last_run_id", to: run).set("last_seen_at", to: now)
                    .where("finding_key", .equal, draft.key).run()
            }
        }
        try await BulkInsert(table: "findings", columns: Self.columns).run(inserts, on: sql)
        _ = try await chunkedLookup(seenAgain) { keys -> [Int] in
            try await sql.update("findings").set("last_run_id", to: run).set("last_seen_at", to: now)
                .where("finding_key", .in, keys).run()
            return []
        }
        return counts
    }
}
