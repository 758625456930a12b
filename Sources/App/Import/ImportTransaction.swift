import Fluent
import SQLKit

/// Runs an import's database checks, planning and writes in one transaction, so what
/// was validated is exactly what gets written: no concurrent import or edit can slip in
/// between the check and the write. On PostgreSQL, imports also take one transaction-
/// scoped advisory lock and so run one at a time; within one process `ImportGate`
/// queues them (SQLite has a single writer and would otherwise refuse the second).
/// A rejected file throws `ImportRejected`, which rolls back and carries the issues.
enum ImportTransaction {
    /// An arbitrary constant naming Doudi's import lock.
    static let lockKey: Int64 = 0x646F_7564_6949

    static func run(on database: any Database, _ body: @escaping @Sendable (any SQLDatabase) async throws -> ImportOutcome)
        async throws -> ImportOutcome
    {
        await ImportGate.shared.acquire()
        defer { Task { await ImportGate.shared.release() } }
        do {
            return try await database.transaction { transaction in
                let sql = transaction as! any SQLDatabase
                if sql.dialect.name == "postgresql" {
                    try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: lockKey))").run()
                }
                try await BulkSession.prepare(sql)
                return try await body(sql)
            }
        } catch let rejected as ImportRejected {
            return .failed(rejected.issues)
        }
    }
}

/// The file failed validation; nothing was written.
struct ImportRejected: Error {
    let issues: [ImportIssue]
}
