import DoudiDomain
import Foundation
import SQLKit

/// Reads the audit log for the search page: entries in the searcher's area (the region
/// each entry concerns), newest first, a page at a time. Reading needs no key; only
/// appending and verifying do.
struct AuditLogSearch {
    let sql: any SQLDatabase

    /// One page of entries and whether another follows.
    func search(_ query: AuditQuery, within scope: RegionCode) async throws -> (entries: [AuditEntry], hasNext: Bool) {
        var select = sql.select().columns(AuditLog.columns.map { SQLColumn($0) }).from("audit_log")
        if scope.level == .province {
            // Failed logins under unknown names belong to no area; a province's searchers
            // (the top of a deployment) see them, since they are how password spraying shows.
            select = select.where(group: { $0.within(scope).orWhere("region_code", .equal, SQLBind("")) })
        } else {
            select = select.within(scope)
        }
        if let region = query.region { select = select.within(region) }
        if let actor = query.actor { select = select.where("actor_name", .equal, SQLBind(actor)) }
        if let action = query.action { select = select.where("action", .equal, SQLBind(action)) }
        if let subject = query.subjectKey { select = select.where("subject_key", .equal, SQLBind(subject)) }
        if let from = query.from {
            select = select.where("at_ms", .greaterThanOrEqual, SQLBind(ShanghaiTime.startOfDay(from).millisSince1970))
        }
        if let through = query.through {
            select = select.where("at_ms", .lessThan, SQLBind(ShanghaiTime.startOfDay(through.adding(days: 1)).millisSince1970))
        }
        let rows = try await select.orderBy("seq", .descending)
            .limit(AuditQuery.pageSize + 1).offset((query.page - 1) * AuditQuery.pageSize).all()
        let entries = try rows.prefix(AuditQuery.pageSize).map { try AuditLog.decode($0).entry }
        return (entries, rows.count > AuditQuery.pageSize)
    }
}
