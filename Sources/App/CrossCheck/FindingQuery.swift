import DoudiDomain
import Foundation
import SQLKit

/// One finding as a list shows it: never an ID number, the person by name only.
struct FindingListItem: Sendable {
    let id: UUID
    let rule: AuditRule
    let status: FindingStatus
    let region: String
    /// Nil for a finding on an area (a region rule's).
    let personName: String?
    /// The person's name, or the area's for a region rule's finding.
    let subjectName: String
    let evidenceChanged: Bool
    let lastSeenAt: Date
    /// The evidence as stored (`FindingEvidence`), for exports that explain each finding.
    let evidenceJSON: String
}

/// The findings of a region in the caller's area, filtered by rule and status, newest
/// first. Area scoping is here, in the query, not in whoever shows the rows.
struct FindingQuery {
    struct Filter: Sendable {
        var region: RegionCode
        var rules: Set<AuditRule> = []
        var statuses: Set<FindingStatus> = []
        var severity: IdentityRule.Severity?
        var limit = 200
        var offset = 0

        /// The rules asked for, narrowed by severity; nil when every rule is.
        var ruleCodes: [String]? {
            guard !rules.isEmpty || severity != nil else { return nil }
            return AuditRule.allCases.filter { (rules.isEmpty || rules.contains($0)) && (severity == nil || $0.severity == severity) }.map(\.code)
        }
    }

    let sql: any SQLDatabase

    func list(_ filter: Filter, caller: Caller) async throws -> [FindingListItem] {
        guard let region = caller.visiblePart(of: filter.region) else { return [] }
        let select = sql.select()
            .column(SQLColumn("id", table: "f")).column(SQLColumn("rule", table: "f")).column(SQLColumn("status", table: "f"))
            .column(SQLColumn("region_code", table: "f")).column(SQLColumn("evidence_changed", table: "f"))
            .column(SQLColumn("last_seen_at", table: "f")).column(SQLAlias(SQLColumn("name", table: "p"), as: SQLIdentifier("person_name")))
            .column(SQLAlias(Self.subjectName, as: SQLIdentifier("subject_name"))).column(SQLColumn("evidence_json", table: "f"))
            .from(SQLAlias(SQLIdentifier("findings"), as: SQLIdentifier("f")))
        let joined = Self.joinSubject(select)
        return try await Self.filtered(joined, filter, region: region).orderBy(SQLColumn("last_seen_at", table: "f"), SQLDirection.descending).orderBy(SQLColumn("id", table: "f"), SQLDirection.ascending)
            .limit(filter.limit).offset(filter.offset).all().map { row in
                let code = try row.decode(column: "rule", as: String.self), status = try row.decode(column: "status", as: String.self)
                guard let rule = AuditRule(code: code), let status = FindingStatus(rawValue: status) else {
                    throw DataIntegrityError(message: "finding with unknown rule \(code) or status \(status)")
                }
                return FindingListItem(
                    id: try row.decode(column: "id", as: UUID.self), rule: rule, status: status,
                    region: try row.decode(column: "region_code", as: String.self), personName: try row.decode(column: "person_name", as: String?.self),
                    subjectName: try row.decode(column: "subject_name", as: String.self),
                    evidenceChanged: try row.decode(column: "evidence_changed", as: Bool.self), lastSeenAt: try row.decode(column: "last_seen_at", as: Date.self),
                    evidenceJSON: try row.decode(column: "evidence_json", as: String.self))
            }
    }

    /// Findings per township and rule under the same filter, for the list's summary table.
    func counts(_ filter: Filter, caller: Caller) async throws -> [(township: String, rule: AuditRule, count: Int)] {
        guard let region = caller.visiblePart(of: filter.region) else { return [] }
        let township = TownshipColumn.of("f")
        let select = sql.select().column(SQLAlias(township, as: SQLIdentifier("township"))).column(SQLColumn("rule", table: "f"))
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n")))
            .from(SQLAlias(SQLIdentifier("findings"), as: SQLIdentifier("f")))
        return try await Self.filtered(select, filter, region: region).groupBy(township).groupBy(SQLColumn("rule", table: "f")).all().compactMap { row in
            guard let rule = AuditRule(code: try row.decode(column: "rule", as: String.self)) else { return nil }
            return (try row.decode(column: "township", as: String.self) + "000", rule, try row.decode(column: "n", as: Int.self))
        }
    }

    /// A finding's subject: its person (`p`) or, for a finding on an area, the area (`rg`).
    static func joinSubject(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
        select.join(SQLAlias(SQLIdentifier("persons"), as: SQLIdentifier("p")), method: SQLJoinMethod.left,
                    on: SQLColumn("person_id", table: "f"), .equal, SQLColumn("id", table: "p"))
            .join(SQLAlias(SQLIdentifier("regions"), as: SQLIdentifier("rg")), method: SQLJoinMethod.left,
                  on: SQLColumn("region_code", table: "f"), .equal, SQLColumn("code", table: "rg"))
    }

    /// The person's name, else the area's, else its code.
    static let subjectName = SQLFunction("COALESCE", args: SQLColumn("name", table: "p"), SQLColumn("name", table: "rg"), SQLColumn("region_code", table: "f"))

    /// Region, rule and status conditions on the findings table (aliased `f`).
    private static func filtered(_ select: SQLSelectBuilder, _ filter: Filter, region: RegionCode) -> SQLSelectBuilder {
        var select = select.within(region, table: "f")
        if let codes = filter.ruleCodes { select = select.where(SQLColumn("rule", table: "f"), .in, SQLBind.group(codes)) }
        if !filter.statuses.isEmpty { select = select.where(SQLColumn("status", table: "f"), .in, SQLBind.group(filter.statuses.map(\.rawValue).sorted())) }
        return select
    }
}
