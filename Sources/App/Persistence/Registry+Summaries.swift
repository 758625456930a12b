import DoudiDomain
import Foundation
import SQLKit

extension Registry {
    /// Households matching `query` with head, size and enrollments, in three queries
    /// whatever the page size.
    public func householdSummaries(_ query: HouseholdQuery) async throws -> [HouseholdSummary] {
        let households = try await households(query)
        guard !households.isEmpty else { return [] }
        let ids = households.map(\.id)
        let members = try await sql.select()
            .column(SQLColumn("household_id", table: "m")).column(SQLColumn("relationship", table: "m")).column(SQLColumn("name", table: "p"))
            .from(SQLAlias(SQLIdentifier(MembershipRow.table), as: SQLIdentifier("m")))
            .join(SQLAlias(SQLIdentifier(PersonRow.table), as: SQLIdentifier("p")), on: SQLColumn("person_id", table: "m"), .equal, SQLColumn("id", table: "p"))
            .where(SQLColumn("household_id", table: "m"), .in, SQLBind.group(ids))
            .where(SQLColumn("ended_on", table: "m"), .is, SQLLiteral.null)
            .within(caller.scope, table: "m")
            .within(caller.scope, table: "p")
            .all()
        var counts: [UUID: Int] = [:], heads: [UUID: String] = [:]
        for row in members {
            let household = try row.decode(column: "household_id", as: UUID.self)
            counts[household, default: 0] += 1
            if try row.decode(column: "relationship", as: String.self) == Relationship.head.rawValue {
                heads[household] = try row.decode(column: "name", as: String.self)
            }
        }
        let enrollments = try await sql.select().columns("household_id", "program", "status").from(EnrollmentRow.table)
            .where("household_id", .in, SQLBind.group(ids)).within(caller.scope).orderBy("started_on", .descending).all()
        var programs: [UUID: [(Program, EnrollmentStatus)]] = [:]
        for row in enrollments {
            guard let program = Program(rawValue: try row.decode(column: "program", as: String.self)),
                  let status = EnrollmentStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            programs[try row.decode(column: "household_id", as: UUID.self), default: []].append((program, status))
        }
        return households.map {
            HouseholdSummary(household: $0, headName: heads[$0.id], memberCount: counts[$0.id] ?? 0,
                             enrollments: (programs[$0.id] ?? []).map { (program: $0.0, status: $0.1) })
        }
    }

    /// Households per region code within `region` and the caller's area (for the region tree).
    public func householdCountsByRegion(within region: RegionCode) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try await sql.select().column("region_code").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(HouseholdRow.table).within(caller.scope).within(region).groupBy("region_code").all() {
            counts[try row.decode(column: "region_code", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}
