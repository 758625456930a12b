import DoudiDomain
import Foundation
import Synchronization
import Vapor

/// Cross-check runs started from the web, running in this process. Starting returns at
/// once with the job's key; the page polls the phase here; when the run ends it is stored
/// (`crosscheck_runs`, by the runner) and the job remembers the run's key, or the failure,
/// until the process ends. A run lost to a restart wrote nothing (one transaction).
final class CrossCheckBoard: Sendable {
    struct Job: Sendable {
        let id: UUID
        let userID: UUID
        let region: RegionCode
        let startedAt: Date
        var phase: CrossCheckRunner.Phase?
        var fraction = 0.0
        /// Set when the run is stored.
        var runID: UUID?
        /// Set when the run failed: the reason in words.
        var failure: String?

        var finished: Bool { runID != nil || failure != nil }
    }

    enum Refusal: Error { case userBusy }

    private let jobs = Mutex<[UUID: Job]>([:])
    private let tasks = Mutex<[UUID: Task<Void, Never>]>([:])

    /// Starts `request` in the background; one running job per user.
    func start(_ request: CrossCheckRunner.Request, app: Application) throws(Refusal) -> UUID {
        let id = UUID()
        try jobs.withLock { (table: inout [UUID: Job]) throws(Refusal) in
            if table.values.contains(where: { $0.userID == request.caller.userID && !$0.finished }) { throw .userBusy }
            table[id] = Job(id: id, userID: request.caller.userID, region: request.region, startedAt: request.now)
        }
        tasks.withLock { table in
            table[id] = Task.detached { [self] in
                let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
                do {
                    let outcome = try await runner.run(request) { [self] phase, fraction in
                        jobs.withLock { $0[id]?.phase = phase; $0[id]?.fraction = fraction }
                    }
                    jobs.withLock { $0[id]?.runID = outcome.runID }
                } catch let error as UserFacingError {
                    jobs.withLock { $0[id]?.failure = error.reason }
                } catch {
                    app.logger.error("cross-check job failed", metadata: ["job": .string(id.uuidString), "error": .string(String(reflecting: error))])
                    jobs.withLock { $0[id]?.failure = L("crosscheck.job.failed") }
                }
                tasks.withLock { _ = $0.removeValue(forKey: id) }
            }
        }
        return id
    }

    /// The job `id`, if it belongs to `caller`.
    func job(_ id: UUID, of caller: Caller) -> Job? {
        jobs.withLock { $0[id] }.flatMap { $0.userID == caller.userID ? $0 : nil }
    }

    /// Waits until every job started so far has ended (shutdown and tests).
    func settle() async {
        while let (id, task) = tasks.withLock({ $0.first.map { ($0.key, $0.value) } }) {
            await task.value
            tasks.withLock { _ = $0.removeValue(forKey: id) }
        }
    }
}

struct CrossCheckBoardKey: StorageKey {
    typealias Value = CrossCheckBoard
}

/// Lets a shutdown wait for running cross-checks to be stored.
struct CrossCheckLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.crossCheckBoard.settle()
    }
}

extension Application {
    var crossCheckBoard: CrossCheckBoard {
        guard let board = storage[CrossCheckBoardKey.self] else { fatalError("configure() installs the cross-check board") }
        return board
    }
}
