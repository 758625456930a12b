import DoudiDomain
import DoudiMatch
import Foundation
import SQLKit

/// The identity and area rules' part of a run, once the roll is read: matching the roll
/// against the batches, the hits' evidence, and the villages' coverage. It runs inside the
/// storing's transaction, beside the household rules, and reads through it (`sql`): the
/// storing holds one of the pool's few connections for the whole of it, and a read waiting
/// for another could wait on the storing itself.
extension CrossCheckRunner {
    /// The rest's findings in hit order (the storing keeps one per key), its hits, and its phases' times.
    struct RestOfRun: Sendable {
        var drafts: [FindingDraft] = []
        var hits = 0
        var timings: [(phase: Phase, seconds: Double)] = []
    }

    func identityAndAreaFindings(_ request: Request, roll: RollSnapshot, batches: [ReferenceBatch],
                                 loaded: [(ReferenceColumns, ValidatedFileRows)], sql: any SQLDatabase,
                                 progress: @escaping @Sendable (Phase, Double) -> Void) async throws -> RestOfRun {
        var rest = RestOfRun()
        let clock = ContinuousClock()
        var mark = clock.now
        func lap(_ phase: Phase) {
            let now = clock.now
            rest.timings.append((phase, (now - mark).seconds))
            mark = now
        }

        progress(.matching, 0)
        let engineBatches = zip(batches, loaded).map { CrossCheckEngine.Batch(kind: $0.kind, columns: $1.0) }
        let identityRules = Set(request.rules.compactMap(\.identity))
        // Each region's asset limits on the run's day (WealthContext asks once per region).
        let wealth = try WealthContext(roll: roll.columns, urban: roll.enrollmentUrban) { [book] region in
            guard let code = RegionCode(String(region)) else { throw DataIntegrityError(message: "roll region \(region)") }
            return try WealthLimits(book: book, region: code, on: request.today)
        }
        let hits = try await BlockingWork.run { CrossCheckEngine(roll: roll.columns, wealth: wealth).run(rules: identityRules, batches: engineBatches) }
        lap(.matching)

        progress(.evidence, 0)
        var builder = FindingBuilder(roll: roll, batches: batches, files: loaded.map { $0.1 }, columns: loaded.map { $0.0 },
                                     sourceKeys: SourceKeys(secret: auditKey), wealth: wealth)
        // 人情保: whether the filed staff member handled the case, for the 近亲属 hits' enrollments.
        let kin = hits.filter { $0.rule == .staffRelative }.map { roll.enrollmentIDs[Int(roll.columns.enrollments[Int($0.rollRow)])] }
        if !kin.isEmpty { builder.handling = try await EnrollmentStaff(sql: sql).handling(of: kin) }
        let frozen = builder
        // Evidence is read and hashed on every core, in fixed chunks, kept in hit order.
        let built = try await BlockingWork.run { try frozen.drafts(hits) }
        rest.drafts = built
        rest.hits = hits.count
        lap(.evidence)

        progress(.regions, 0)
        if request.rules.contains(.region(.quotaAllocation)) {
            // 分配低保指标: every village's coverage, judged township by township.
            let villages = try await VillageCoverageQuery(sql: sql).villages(within: request.region, on: request.today)
            let found = RegionFindingBuilder(sourceKeys: SourceKeys(secret: auditKey), today: request.today)
                .drafts(QuotaAllocation.signals(villages), villages: villages)
            rest.hits += found.count
            rest.drafts += found
        }
        lap(.regions)
        return rest
    }
}
