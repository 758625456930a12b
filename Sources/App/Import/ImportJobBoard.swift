import DoudiDomain
import Foundation
import SQLKit
import Synchronization
import Vapor

/// The imports started from the web that are still running in this process. An upload
/// returns at once with the job's key; the import runs in the background, the page polls
/// its progress here, and when it ends the job is stored (`ImportJobStore`) with its
/// report and leaves the board. A job lost to a restart wrote nothing (imports are one
/// transaction) and is simply gone: the page then asks for the file again.
final class ImportJobBoard: Sendable {
    struct Running: Sendable {
        let id: UUID
        let userID: UUID
        let kind: ImportKind
        let fileName: String
        let startedAt: Date
        /// Nil until the importer reports a phase (it may be waiting for another import).
        var progress: ImportProgress?
    }

    private let running = Mutex<[UUID: Running]>([:])
    private let tasks = Mutex<[UUID: Task<Void, Never>]>([:])
    /// Jobs held at once (running or waiting for the import lock). Each holds its file in
    /// memory, so a burst of uploads must not pile up without bound.
    let capacity: Int

    init(capacity: Int = 4) {
        self.capacity = capacity
    }

    /// Why a new job cannot start now.
    enum Refusal: Error {
        /// The user already has a job running.
        case userBusy
        /// The board is full.
        case full
    }

    /// Starts `request` in the background and returns the job's key at once; refuses a
    /// second job of the same user and any job beyond `capacity`.
    func start(_ kind: ImportKind, _ request: ImportRequest, app: Application) throws(Refusal) -> UUID {
        let id = UUID()
        let startedAt = Date()
        try running.withLock { (jobs: inout [UUID: Running]) throws(Refusal) in
            if jobs.values.contains(where: { $0.userID == request.caller.userID }) { throw .userBusy }
            if jobs.count >= capacity { throw .full }
            jobs[id] = Running(id: id, userID: request.caller.userID, kind: kind, fileName: request.fileName, startedAt: startedAt)
        }
        // Stored under the lock before the task can finish and remove itself, so `settle`
        // never waits on a task that is already gone.
        tasks.withLock { table in
            table[id] = Task.detached { [self] in
                await execute(id: id, kind: kind, request: request, startedAt: startedAt, app: app)
                running.withLock { _ = $0.removeValue(forKey: id) }
                tasks.withLock { _ = $0.removeValue(forKey: id) }
            }
        }
        return id
    }

    /// The running job `id`, if it belongs to `caller`.
    func job(_ id: UUID, of caller: Caller) -> Running? {
        running.withLock { $0[id] }.flatMap { $0.userID == caller.userID ? $0 : nil }
    }

    /// The caller's running jobs, oldest first.
    func jobs(of caller: Caller) -> [Running] {
        running.withLock { Array($0.values) }.filter { $0.userID == caller.userID }.sorted { $0.startedAt < $1.startedAt }
    }

    /// Waits until every job started so far has been stored (shutdown and tests).
    func settle() async {
        while let (id, task) = tasks.withLock({ $0.first.map { ($0.key, $0.value) } }) {
            await task.value
            tasks.withLock { _ = $0.removeValue(forKey: id) }
        }
    }

    private func execute(id: UUID, kind: ImportKind, request: ImportRequest, startedAt: Date, app: Application) async {
        var outcome: ImportOutcome?
        do {
            // The job may have waited: an account disabled or moved since the upload must not write.
            if try await Self.accountChanged(request.caller, app: app) {
                outcome = .failed([ImportIssue(line: 0, column: nil, value: "", reasonKey: "import.error.account_changed")])
            } else {
                outcome = try await kind.run(request, database: app.db, auditKey: app.auditKey) { [self] progress in
                    running.withLock { $0[id]?.progress = progress }
                }
            }
        } catch {
            // The transaction rolled back; the user sees "nothing was written, try again".
            app.logger.error("import job failed", metadata: ["job": .string(id.uuidString), "kind": .string(kind.rawValue),
                                                             "error": .string(String(reflecting: error))])
            outcome = nil
        }
        let job = ImportJob(id: id, request: request, kind: kind, outcome: outcome, startedAt: startedAt, finishedAt: Date())
        do {
            try await ImportJobStore(sql: app.db as! any SQLDatabase, retention: app.importSettings.reportRetention)
                .insert(job, issues: outcome?.issues ?? [ImportJob.systemFailure])
        } catch {
            app.logger.error("import job could not be stored", metadata: ["job": .string(id.uuidString),
                                                                          "error": .string(String(reflecting: error))])
        }
    }
}

extension ImportJobBoard {
    static func accountChanged(_ caller: Caller, app: Application) async throws -> Bool {
        guard let account = try await UserStore(sql: app.db as! any SQLDatabase).account(id: caller.userID) else { return true }
        return !account.isActive || account.caller != caller
    }
}

/// Lets a shutdown wait for running imports to be stored, instead of cutting them off.
struct ImportJobLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.importJobs.settle()
    }
}

struct ImportJobBoardKey: StorageKey {
    typealias Value = ImportJobBoard
}

extension Application {
    var importJobs: ImportJobBoard {
        guard let board = storage[ImportJobBoardKey.self] else { fatalError("configure() installs the import job board") }
        return board
    }

    var importSettings: ImportSettings { doudiConfiguration?.imports ?? ImportSettings() }
}
