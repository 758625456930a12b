import DoudiDomain
import Foundation
import SQLKit

/// Finished web import jobs (`import_jobs`). A job is only ever read by the user who
/// uploaded it, within that user's current area: its report repeats the file's rows.
/// A job older than the retention period is invisible at once and deleted when the next
/// job is stored. Reads never write: on SQLite a page view would otherwise wait for the
/// write lock that a running import holds for the whole of its transaction.
struct ImportJobStore {
    static let columns = ["id", "region_code", "user_id", "kind", "file_name", "file_sha256", "legacy", "status", "batch_id",
                          "rows_total", "rows_added", "rows_changed", "rows_unchanged", "ids_flagged", "error_count",
                          "warning_count", "started_at_ms", "finished_at_ms"]

    let sql: any SQLDatabase
    /// How long a finished job is kept (`ImportSettings.reportRetention`).
    let retention: TimeInterval
    var now = Date()

    private var oldestKept: Int64 { now.addingTimeInterval(-retention).millisSince1970 }

    /// Stores a finished job and deletes the jobs that have outlived the retention period.
    func insert(_ job: ImportJob, issues: [ImportIssue]) async throws {
        let json = String(decoding: try JSONEncoder().encode(issues), as: UTF8.self)
        let values: [any Encodable & Sendable] = [
            job.id, job.region, job.userID, job.kind.rawValue, job.fileName, job.fileSHA256, job.legacy, job.status.rawValue,
            job.batchID, job.rowsTotal, job.added, job.changed, job.unchanged, job.flagged, job.errorCount, job.warningCount,
            job.startedAt.millisSince1970, job.finishedAt.millisSince1970,
        ]
        try await purgeExpired()
        try await sql.insert(into: "import_jobs").columns((Self.columns + ["issues_json"]).map { SQLColumn($0) })
            .values((values + [json]).map { SQLBind($0) }).run()
    }

    func purgeExpired() async throws {
        try await sql.delete(from: "import_jobs").where("finished_at_ms", .lessThan, SQLBind(oldestKept)).run()
    }

    /// The user's latest jobs within `scope`, newest first.
    func jobs(of caller: Caller, limit: Int = 20) async throws -> [ImportJob] {
        try await select(caller).orderBy("finished_at_ms", .descending).limit(limit).all().map(Self.decode)
    }

    func job(id: UUID, of caller: Caller) async throws -> ImportJob? {
        try await select(caller).where("id", .equal, SQLBind(id)).first().map(Self.decode)
    }

    /// The job's issues (its error report), or nil when the caller may not see the job.
    func issues(ofJob id: UUID, caller: Caller) async throws -> [ImportIssue]? {
        guard let row = try await sql.select().column("issues_json").from("import_jobs")
            .where("id", .equal, SQLBind(id)).where("user_id", .equal, SQLBind(caller.userID)).within(caller.scope)
            .where("finished_at_ms", .greaterThanOrEqual, SQLBind(oldestKept)).first()
        else { return nil }
        let json = try row.decode(column: "issues_json", as: String.self)
        // A large file's report has hundreds of thousands of issues: decode off the request threads.
        return try await BlockingWork.run { try JSONDecoder().decode([ImportIssue].self, from: Data(json.utf8)) }
    }

    private func select(_ caller: Caller) -> SQLSelectBuilder {
        sql.select().columns(Self.columns.map { SQLColumn($0) }).from("import_jobs")
            .where("user_id", .equal, SQLBind(caller.userID)).within(caller.scope)
            .where("finished_at_ms", .greaterThanOrEqual, SQLBind(oldestKept))
    }

    private static func decode(_ row: any SQLRow) throws -> ImportJob {
        let kindName = try row.decode(column: "kind", as: String.self)
        let statusName = try row.decode(column: "status", as: String.self)
        guard let kind = ImportKind(rawValue: kindName), let status = ImportJob.Status(rawValue: statusName) else {
            throw DataIntegrityError(message: "import_jobs row has an unknown kind or status")
        }
        var job = ImportJob(
            id: try row.decode(column: "id", as: UUID.self), region: try row.decode(column: "region_code", as: String.self),
            userID: try row.decode(column: "user_id", as: UUID.self), kind: kind,
            fileName: try row.decode(column: "file_name", as: String.self),
            fileSHA256: try row.decode(column: "file_sha256", as: String.self), legacy: try row.decode(column: "legacy", as: Bool.self),
            status: status, batchID: try row.decode(column: "batch_id", as: UUID?.self),
            startedAt: Date(millisSince1970: try row.decode(column: "started_at_ms", as: Int64.self)),
            finishedAt: Date(millisSince1970: try row.decode(column: "finished_at_ms", as: Int64.self)))
        job.rowsTotal = try row.decode(column: "rows_total", as: Int.self)
        job.added = try row.decode(column: "rows_added", as: Int.self)
        job.changed = try row.decode(column: "rows_changed", as: Int.self)
        job.unchanged = try row.decode(column: "rows_unchanged", as: Int.self)
        job.flagged = try row.decode(column: "ids_flagged", as: Int.self)
        job.errorCount = try row.decode(column: "error_count", as: Int.self)
        job.warningCount = try row.decode(column: "warning_count", as: Int.self)
        return job
    }
}
