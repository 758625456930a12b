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

    /// Starts `request` in the background and returns the job's key at once.
    func start(_ kind: ImportKind, _ request: ImportRequest, app: Application) -> UUID {
        let id = UUID()
        let startedAt = Date()
        running.withLock {
            $0[id] = Running(id: id, userID: request.caller.userID, kind: kind, fileName: request.fileName, startedAt: startedAt)
        }
        let task = Task.detached { [self] in
            await execute(id: id, kind: kind, request: request, startedAt: startedAt, app: app)
            running.withLock { _ = $0.removeValue(forKey: id) }
            tasks.withLock { _ = $0.removeValue(forKey: id) }
        }
        tasks.withLock { $0[id] = task }
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
        while let task = tasks.withLock({ $0.values.first }) {
            await task.value
        }
    }

    private func execute(id: UUID, kind: ImportKind, request: ImportRequest, startedAt: Date, app: Application) async {
        let outcome: ImportOutcome?
        do {
            outcome = try await kind.run(request, database: app.db, auditKey: app.auditKey) { [self] progress in
                running.withLock { $0[id]?.progress = progress }
            }
        } catch {
            // The transaction rolled back; the user sees "nothing was written, try again".
            app.logger.error("import job failed", metadata: ["job": .string(id.uuidString), "kind": .string(kind.rawValue),
                                                             "error": .string(String(reflecting: error))])
            outcome = nil
        }
        let job = ImportJob(id: id, request: request, kind: kind, outcome: outcome, startedAt: startedAt, finishedAt: Date())
        do {
            try await ImportJobStore(sql: app.db as! any SQLDatabase)
                .insert(job, issues: outcome?.issues ?? [ImportJob.systemFailure], retention: app.importSettings.reportRetention)
        } catch {
            app.logger.error("import job could not be stored", metadata: ["job": .string(id.uuidString),
                                                                          "error": .string(String(reflecting: error))])
        }
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
