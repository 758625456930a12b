import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Vapor

/// One cross-check run over a region: loads the roll (one query) and the chosen batches'
/// column caches, runs the engine, and stores the findings and the run, with its audit
/// entry, in one transaction. The phases report their progress and time.
struct CrossCheckRunner {
    struct Request: Sendable {
        var region: RegionCode
        var rules: Set<AuditRule>
        /// Batch ids; empty means the latest batch of each kind the rules need.
        var batchIDs: [UUID]
        var caller: Caller
        var today: CivilDate = .today()
        var now: Date = Date()
        var origin = "cli"
        /// 脱保复核 (HH-EXIT) lists exits from this day on; a year before `today` when nil.
        var exitsSince: CivilDate?
    }

    struct Outcome: Sendable {
        var runID: UUID
        var rollRows: Int
        var batches: [ReferenceBatch]
        var hits: Int
        var counts: [AuditRule: FindingStore.Counts]
        /// Households the household rules could not judge, by reason (`UnassessedHousehold`).
        var unassessed: [String: Int] = [:]
        /// Where the households came from (nil: no household rule ran), and the roll.
        var householdSource: RegistryReadSource?
        var rollSource = RegistryReadSource.database
        /// The run's phases one after another: together, the run's time.
        var timings: [(phase: String, seconds: Double)]
        /// Judging the households, which runs beside the phases after `households`.
        var householdTimings: [(phase: String, seconds: Double)] = []
    }

    /// The run's phases in order, as progress reports them. `households` reads the households'
    /// rows; the household rules judge them beside `roll` to `regions`. The storing begins
    /// with `matching` and stores every finding as it comes, the households' as each part is
    /// judged; `storing` is what it takes once `regions` is done.
    enum Phase: String, Sendable, CaseIterable { case batches, households, roll, matching, evidence, regions, storing }

    let database: any Database
    let auditKey: SymmetricKey
    let files: ReferenceFiles
    let book: PolicyBook

    /// `progress` hears each phase as it starts (0) and, where the phase has parts, how
    /// much of it is done (a fraction).
    func run(_ request: Request, progress: @escaping @Sendable (Phase, Double) -> Void = { _, _ in }) async throws -> Outcome {
        guard request.caller.mayAccess(request.region) else { throw UserFacingError(.forbidden, "crosscheck.error.scope", ["region": request.region.value]) }
        guard request.caller.role.may(.runCrossCheck) else { throw UserFacingError(.forbidden, "crosscheck.error.role") }
        let sql = database as! any SQLDatabase
        var timings: [(String, Double)] = []
        let clock = ContinuousClock()
        var mark = clock.now
        func lap(_ phase: Phase, at now: ContinuousClock.Instant = clock.now) {
            timings.append((phase.rawValue, (now - mark).seconds))
            mark = now
        }

        progress(.batches, 0)
        let ages = try AuditAges(book: book, region: request.region, on: request.today)
        // A run over the whole registry reads the registry's snapshots while they are current.
        let snapshots = await RegistrySnapshots.forRun(over: request.region, sql: sql, files: files)
        // The batches first (from their column caches, quick): the households need the
        // department's poverty-monitoring lists among them.
        let batches = try await chosenBatches(request, sql: sql)
        let loaded = try await BlockingWork.run { [files] in
            try batches.enumerated().map { index, batch in
                defer { progress(.batches, Double(index + 1) / Double(batches.count)) }
                return (try files.columns(batch.contentSHA256), try ValidatedFileRows(url: files.validatedFile(batch.contentSHA256)))
            }
        }
        lap(.batches)

        // The household rules run beside the roll's read and the identity rules; their findings
        // are stored as each part is judged, once the storing has begun.
        let householdRules = Set(request.rules.compactMap(\.household))
        // 漏保: the department's poverty-monitoring lists among the run's batches mark households too.
        let monitoringList = Set(zip(batches, loaded).filter { $0.0.kind == .povertyMonitoring }.flatMap { Array($0.1.0.keys) })
        let (rowsRead, rowsReadSignal) = AsyncStream.makeStream(of: Void.self)
        let (storingEvents, storingSink) = AsyncStream.makeStream(of: StoringEvent.self)
        defer { storingSink.finish() }
        async let households = judgeHouseholds(request, rules: householdRules, ages: ages, monitoringList: monitoringList, snapshots: snapshots,
                                               rowsRead: rowsReadSignal, drafts: storingSink)

        // The households' rows are read before anything else reads the database: the run's
        // reads take one connection at a time (a pool holds few, and a province's household
        // rows take a minute to read from the database), and the storing must not hold the
        // write lock meanwhile. Only their judging runs beside the rest.
        progress(.households, 0)
        for await _ in rowsRead {}
        lap(.households)

        progress(.roll, 0)
        let roll = try await RollQuery(sql: sql).load(within: request.region, on: request.today, elderlyAge: ages.elderly, adultAge: ages.adult,
                                                      snapshot: snapshots)
        lap(.roll)

        // The storing begins now, inside one transaction: the household rules' findings as each
        // part is judged, while the identity and area rules run beside them (reading through
        // the same transaction) and send theirs when ready. The run's row is written first, so
        // the transaction holds the write lock before any of its reads. Whichever side fails
        // first ends both (on PostgreSQL a failed write aborts the transaction, and the other
        // side's next read would fail with that instead of the cause). A large roll's findings
        // are a large load: on SQLite written without foreign-key enforcement (`BulkSession`).
        // Every reference is to a person or enrollment the run just read (neither is ever
        // deleted) or to the run itself; PostgreSQL still checks.
        let runID = UUID()
        let record = RunRecord(id: runID, request: request, rules: AuditRule.allCases.filter(request.rules.contains), batches: batches,
                               rollRows: roll.columns.count)
        let largeLoad = roll.columns.count >= BulkSession.largeLoadRows
        let storingStart = clock.now
        let stored: RecordedRun, rest: RestOfRun
        do {
            (stored, rest) = try await BulkSession.run(on: database, largeLoad: largeLoad) { database in
                try await database.transaction { transaction in
                    let sql = transaction as! any SQLDatabase
                    try await self.begin(record, sql: sql)
                    return try await withThrowingTaskGroup(of: StoringSide.self) { group in
                        group.addTask { .recorded(try await self.record(record, events: storingEvents, sql: sql)) }
                        group.addTask {
                            let rest = try await self.identityAndAreaFindings(request, roll: roll, batches: batches, loaded: loaded, sql: sql,
                                                                              progress: progress)
                            progress(.storing, 0)
                            storingSink.yield(.rest(findings: rest.drafts, hits: rest.hits))
                            return .rest(rest)
                        }
                        var recorded: RecordedRun?, rest: RestOfRun?
                        // The first failure is thrown here; leaving the group cancels the other side.
                        while let side = try await group.next() {
                            switch side {
                            case let .recorded(value): recorded = value
                            case let .rest(value): rest = value
                            }
                        }
                        return (recorded!, rest!)
                    }
                }
            }
        } catch is HouseholdsFailed {
            // The household rules' own error, the transaction rolled back.
            _ = try await households
            throw HouseholdsFailed()
        }
        let household = try await households
        timings += rest.timings.map { ($0.phase.rawValue, $0.seconds) }
        // What the storing took past the rest of the run (it overlapped all of that).
        timings.append((Phase.storing.rawValue, (clock.now - storingStart).seconds - rest.timings.reduce(0) { $0 + $1.seconds }))
        progress(.storing, 1)
        return Outcome(runID: runID, rollRows: roll.columns.count, batches: batches, hits: stored.hits, counts: stored.counts,
                       unassessed: household.unassessed, householdSource: household.source, rollSource: roll.source, timings: timings,
                       householdTimings: householdRules.isEmpty ? [] : [("judging", household.judgeSeconds)])
    }
}
