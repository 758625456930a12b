import DoudiDomain
import Fluent
import SQLKit
import Vapor

/// Runs an import's database checks, planning and writes in one transaction, so what
/// was validated is exactly what gets written: no concurrent import or edit can slip in
/// between the check and the write. On PostgreSQL, imports also take one transaction-
/// scoped advisory lock and so run one at a time; within one process `ImportGate`
/// queues them (SQLite has a single writer and would otherwise refuse the second).
/// A rejected file throws `ImportRejected`, which rolls back and carries the issues.
enum ImportTransaction {
    /// An arbitrary constant naming Doudi's import lock.
    static let lockKey: Int64 = 0x646F_7564_6949

    /// The batch's audit entry (one per batch, never one per row: file hash and counts)
    /// commits with the batch.
    /// `largeLoad` (the file's row count reaching `BulkSession.largeLoadRows`) lets SQLite
    /// skip foreign-key enforcement for the load (`BulkSession.run`).
    static func run(on database: any Database, kind: String, request: ImportRequest, auditKey: SymmetricKey,
                    largeLoad: Bool = false,
                    _ body: @escaping @Sendable (any SQLDatabase) async throws -> ImportOutcome) async throws -> ImportOutcome
    {
        await ImportGate.shared.acquire()
        defer { Task { await ImportGate.shared.release() } }
        do {
            return try await BulkSession.run(on: database, largeLoad: largeLoad) { connection in try await connection.transaction { transaction in
                let sql = transaction as! any SQLDatabase
                if sql.dialect.name == "postgresql" {
                    try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: lockKey))").run()
                }
                try await BulkSession.prepare(sql)
                let outcome = try await body(sql)
                try await AuditLog(sql: sql, key: auditKey).append(
                    action: "import.\(kind)", subjectKind: "import_batch", subjectKey: outcome.batchID.map(UUIDText.string) ?? "",
                    region: request.caller.scope.value, actor: request.caller, origin: request.origin,
                    detail: ImportAuditDetail(request: request, outcome: outcome).json, at: request.now)
                return outcome
            } }
        } catch let rejected as ImportRejected {
            return .failed(rejected.issues)
        }
    }
}

/// The file failed validation; nothing was written.
struct ImportRejected: Error {
    let issues: [ImportIssue]

    /// Throws when `issues` hold any error (warnings alone let the import go on).
    static func unlessClean(_ issues: [ImportIssue]) throws {
        if issues.hasErrors { throw ImportRejected(issues: issues) }
    }
}

extension Sequence<ImportIssue> {
    /// Whether any of the issues is an error, not a warning.
    var hasErrors: Bool { contains { $0.severity == .error } }
}

/// What an import's audit entry records: the file's name and hash and the counts.
struct ImportAuditDetail: Encodable {
    let file: String
    let sha256: String
    let legacy: Bool
    let rows: Int
    let added: Int
    let changed: Int
    let unchanged: Int
    let flagged: Int

    init(request: ImportRequest, outcome: ImportOutcome) {
        file = request.fileName
        sha256 = request.fileSHA256
        legacy = request.legacy
        (rows, added, changed, unchanged, flagged) = (outcome.rowsTotal, outcome.added, outcome.changed, outcome.unchanged, outcome.flagged)
    }

    var json: String { ChangeLog.json(self) }
}
