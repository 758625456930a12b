import DoudiDomain
import Foundation
import Synchronization

/// The household rules' part of a run: read the registered households (from the snapshot
/// while current) and judge them, part by part on every core. Runs beside the roll's read
/// and the identity rules (neither needs the other), so a province's run keeps both cores
/// busy where the roll's read and the matching use little more than one.
extension CrossCheckRunner {
    struct HouseholdPhase: Sendable {
        /// Households the rules could not judge, by reason.
        var unassessed: [String: Int] = [:]
        var source: RegistryReadSource?
        /// Judging the households once their rows are read: timed on its own, as it overlaps
        /// the run's other phases.
        var judgeSeconds = 0.0
    }

    /// What the storing hears as the run goes: the household rules' parts of findings in order,
    /// then the count of their hits or that they failed (the run then stores nothing); and,
    /// once, the identity and area rules' findings with their hits, whenever they are ready.
    enum StoringEvent: Sendable {
        case householdPart([FindingDraft])
        case householdsDone(hits: Int)
        case householdsFailed
        case rest(findings: [FindingDraft], hits: Int)
    }

    /// The household rules failed; the run's own error is theirs.
    struct HouseholdsFailed: Error {}

    /// `rowsRead` is finished once the households' rows are read (or nothing is to be read);
    /// `drafts` hears every part's findings in order, then `householdsDone` or `householdsFailed`
    /// (the runner finishes it: the identity rules' findings come the same way).
    func judgeHouseholds(_ request: Request, rules: Set<HouseholdRule>, ages: AuditAges, monitoringList: Set<UInt64>,
                         snapshots: RegistrySnapshots?, rowsRead: AsyncStream<Void>.Continuation,
                         drafts: AsyncStream<StoringEvent>.Continuation) async throws -> HouseholdPhase {
        defer { rowsRead.finish() }
        guard !rules.isEmpty else {
            drafts.yield(.householdsDone(hits: 0))
            return HouseholdPhase()
        }
        do {
            let clock = ContinuousClock(), start = clock.now
            let registry = Registry(database: database, caller: request.caller, auditKey: auditKey, origin: request.origin)
            let settings = HouseholdAudit.Settings(exitsSince: request.exitsSince ?? request.today.adding(months: -12), ages: ages)
            let (judge, book) = (HouseholdFindingBuilder(sourceKeys: SourceKeys(secret: auditKey), today: request.today), book)
            let readAt = Mutex<ContinuousClock.Instant?>(nil)
            let read = try await registry.registeredHouseholds(in: request.region, on: request.today, monitoringList: monitoringList,
                                                               snapshot: snapshots, rowsRead: {
                readAt.withLock { $0 = clock.now }
                rowsRead.finish()
            }, consumer: {
                judge.judging(book: book, settings: settings, rules: rules)
            }, delivered: { part in
                drafts.yield(.householdPart(part.drafts))
            })
            var phase = HouseholdPhase(source: read.source)
            // Never checked is most of a county's households (never applied): not a failure.
            for household in read.unassessed where household.reason != "never_checked" { phase.unassessed[household.reason, default: 0] += 1 }
            for failure in read.parts.flatMap(\.failures) { phase.unassessed[failure, default: 0] += 1 }
            drafts.yield(.householdsDone(hits: read.parts.reduce(0) { $0 + $1.drafts.count }))
            let end = clock.now
            phase.judgeSeconds = (end - (readAt.withLock { $0 } ?? start)).seconds
            return phase
        } catch {
            drafts.yield(.householdsFailed)
            throw error
        }
    }
}
