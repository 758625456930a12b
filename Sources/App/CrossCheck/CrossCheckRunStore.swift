import DoudiDomain
import Foundation
import SQLKit

/// A stored cross-check run as its pages show it.
struct CrossCheckRunRecord: Sendable {
    let id: UUID
    let region: String
    let rules: [String]
    let batchCount: Int
    let startedBy: String
    let startedAt: Date
    let finishedAt: Date
    let rollRows: Int64
    let hits: Int64
    let findingsNew: Int64
    let findingsChanged: Int64
    let findingsUnchanged: Int64
    /// Per rule code; empty for runs stored before counts were kept per rule.
    let counts: [String: FindingStore.Counts]
}

/// Reads the runs of the caller's area (by the run's region), newest first.
struct CrossCheckRunStore {
    let sql: any SQLDatabase

    func runs(within scope: RegionCode, limit: Int = 50) async throws -> [CrossCheckRunRecord] {
        try await select().within(scope, table: "r").orderBy(SQLColumn("started_at", table: "r"), SQLDirection.descending)
            .limit(limit).all().map(Self.record)
    }

    func run(_ id: UUID, within scope: RegionCode) async throws -> CrossCheckRunRecord? {
        try await select().where(SQLColumn("id", table: "r"), .equal, SQLBind(id)).within(scope, table: "r").first().map(Self.record)
    }

    private func select() -> SQLSelectBuilder {
        sql.select()
            .columns(["id", "region_code", "rules", "batches", "started_at", "finished_at", "roll_rows", "hits", "findings_new",
                      "findings_changed", "findings_unchanged", "counts_json"].map { SQLColumn($0, table: "r") as any SQLExpression })
            .column(SQLAlias(SQLColumn("display_name", table: "u"), as: SQLIdentifier("started_by_name")))
            .from(SQLAlias(SQLIdentifier("crosscheck_runs"), as: SQLIdentifier("r")))
            .join(SQLAlias(SQLIdentifier("users"), as: SQLIdentifier("u")), on: SQLColumn("started_by", table: "r"), .equal, SQLColumn("id", table: "u"))
    }

    private static func record(_ row: any SQLRow) throws -> CrossCheckRunRecord {
        let counts = try row.decode(column: "counts_json", as: String?.self)
            .flatMap { try? JSONDecoder().decode([String: FindingStore.Counts].self, from: Data($0.utf8)) } ?? [:]
        let batches = try row.decode(column: "batches", as: String.self)
        return CrossCheckRunRecord(
            id: try row.decode(column: "id", as: UUID.self), region: try row.decode(column: "region_code", as: String.self),
            rules: try row.decode(column: "rules", as: String.self).split(separator: ",").map { String($0.split(separator: "@")[0]) },
            batchCount: batches.isEmpty ? 0 : batches.split(separator: ",").count, startedBy: try row.decode(column: "started_by_name", as: String.self),
            startedAt: try row.decode(column: "started_at", as: Date.self), finishedAt: try row.decode(column: "finished_at", as: Date.self),
            rollRows: try row.decode(column: "roll_rows", as: Int64.self), hits: try row.decode(column: "hits", as: Int64.self),
            findingsNew: try row.decode(column: "findings_new", as: Int64.self), findingsChanged: try row.decode(column: "findings_changed", as: Int64.self),
            findingsUnchanged: try row.decode(column: "findings_unchanged", as: Int64.self), counts: counts)
    }
}
