import DoudiDomain
import Foundation
import SQLKit

/// One finding as a list shows it: never an ID number, the person by name only.
struct FindingListItem: Sendable {
    let id: UUID
    let rule: AuditRule
    let status: FindingStatus
    let region: String
    let personName: String
    let evidenceChanged: Bool
    let lastSeenAt: Date
}

/// The findings of a region in the caller's area, filtered by rule and status, newest
/// first. Area scoping is here, in the query, not in whoever shows the rows.
struct FindingQuery {
    struct Filter: Sendable {
        var region: RegionCode
        var rules: Set<AuditRule> = []
        var statuses: Set<FindingStatus> = []
        var limit = 200
    }

    let sql: any SQLDatabase

    func list(_ filter: Filter, caller: Caller) async throws -> [FindingListItem] {
        guard let region = caller.visiblePart(of: filter.region) else { return [] }
        var select = sql.select()
            .column(SQLColumn("id", table: "f")).column(SQLColumn("rule", table: "f")).column(SQLColumn("status", table: "f"))
            .column(SQLColumn("region_code", table: "f")).column(SQLColumn("evidence_changed", table: "f"))
            .column(SQLColumn("last_seen_at", table: "f")).column(SQLColumn("name", table: "p"))
            .from(SQLAlias(SQLIdentifier("findings"), as: SQLIdentifier("f")))
            .join(SQLAlias(SQLIdentifier("persons"), as: SQLIdentifier("p")), on: SQLColumn("person_id", table: "f"), .equal, SQLColumn("id", table: "p"))
            .within(region, table: "f")
        if !filter.rules.isEmpty { select = select.where(SQLColumn("rule", table: "f"), .in, SQLBind.group(filter.rules.map(\.code).sorted())) }
        if !filter.statuses.isEmpty { select = select.where(SQLColumn("status", table: "f"), .in, SQLBind.group(filter.statuses.map(\.rawValue).sorted())) }
        return try await select.orderBy(SQLColumn("last_seen_at", table: "f"), SQLDirection.descending).orderBy(SQLColumn("id", table: "f"), SQLDirection.ascending)
            .limit(filter.limit).all().map { row in
                let code = try row.decode(column: "rule", as: String.self), status = try row.decode(column: "status", as: String.self)
                guard let rule = AuditRule(code: code), let status = FindingStatus(rawValue: status) else {
                    throw DataIntegrityError(message: "finding with unknown rule \(code) or status \(status)")
                }
                return FindingListItem(
                    id: try row.decode(column: "id", as: UUID.self), rule: rule, status: status,
                    region: try row.decode(column: "region_code", as: String.self), personName: try row.decode(column: "name", as: String.self),
                    evidenceChanged: try row.decode(column: "evidence_changed", as: Bool.self), lastSeenAt: try row.decode(column: "last_seen_at", as: Date.self))
            }
    }
}
