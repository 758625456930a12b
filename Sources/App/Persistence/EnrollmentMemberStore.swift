import DoudiDomain
import Foundation
import FluentSQLiteDriver
import SQLKit

/// The persons each enrollment covers (`enrollment_members`). Imports replace an
/// enrollment's member set as a whole; its earlier set is in the enrollment's history.
struct EnrollmentMemberStore {
    static let table = "enrollment_members"
    static let columns = ["enrollment_id", "person_id", "region_code"]

    let sql: any SQLDatabase

    /// Members by enrollment; `scope` limits them to an area (registry reads), nil reads
    /// all (imports, which resolve scope themselves).
    func members(of enrollmentIDs: [UUID], within scope: RegionCode? = nil) async throws -> [UUID: [UUID]] {
        let pairs = try await chunkedLookup(enrollmentIDs) { chunk in
            var select = sql.select().columns("enrollment_id", "person_id").from(Self.table).where("enrollment_id", .in, chunk)
            if let scope { select = select.within(scope) }
            return try await select.all()
                .map { (try $0.decode(column: "enrollment_id", as: UUID.self), try $0.decode(column: "person_id", as: UUID.self)) }
        }
        return Dictionary(grouping: pairs, by: \.0).mapValues { $0.map(\.1) }
    }

    /// The members of every enrollment of `region` within `scope`, by enrollment: one pass over
    /// the region's code range; with `households`, only of the enrollments of those households
    /// (from the enrollments' household-key index, each enrollment's members by its key).
    func members(in region: RegionCode, within scope: RegionCode, households range: HouseholdKeyRange? = nil) async throws -> [UUID: [UUID]] {
        var members: [UUID: [UUID]] = [:]
        let memberTable = SQLAlias(SQLIdentifier(Self.table), as: SQLIdentifier("em"))
        var select = sql.select().column(SQLColumn("enrollment_id", table: "em")).column(SQLColumn("person_id", table: "em"))
        if let range {
            // The chunk's enrollments first, then their members by key. SQLite, without
            // statistics, would walk the members' region index over the whole region for
            // every chunk instead; its CROSS JOIN keeps the order written (elsewhere an inner
            // join: PostgreSQL plans from statistics and reads CROSS JOIN … ON as an error).
            select = select.from(SQLAlias(SQLIdentifier(EnrollmentRow.table), as: SQLIdentifier("e")))
                .join(memberTable, method: sql.dialect.name == "sqlite" ? SQLRaw("CROSS") : SQLJoinMethod.inner,
                      on: SQLColumn("enrollment_id", table: "em"), .equal, SQLColumn("id", table: "e"))
                .within(range, column: "household_id", table: "e")
        } else {
            select = select.from(memberTable)
        }
        select = select.within(scope, table: "em").within(region, table: "em")
        let pairs: [(UUID, UUID)]
        if let sqlite = sql as? any SQLiteDatabase {
            pairs = try await SQLitePositionalQuery.rows(select, on: sqlite, columns: 2) { (try $0.uuid(), try $0.uuid()) }
        } else {
            pairs = try await select.all().map { (try $0.decode(column: "enrollment_id", as: UUID.self), try $0.decode(column: "person_id", as: UUID.self)) }
        }
        for (enrollment, person) in pairs { members[enrollment, default: []].append(person) }
        return members
    }

    /// Deletes the current members of `enrollments` and inserts their new ones.
    func replace(_ enrollments: [EnrollmentRow]) async throws {
        _ = try await chunkedLookup(enrollments.map(\.id)) { chunk in
            try await sql.delete(from: Self.table).where("enrollment_id", .in, chunk).run()
            return [Void]()
        }
        try await insert(enrollments)
    }

    func insert(_ enrollments: [EnrollmentRow]) async throws {
        let rows: [[any Encodable & Sendable]] = enrollments.flatMap { enrollment in
            enrollment.memberIds.map { [enrollment.id, $0, enrollment.regionCode] }
        }
        try await BulkInsert(table: Self.table, columns: Self.columns).run(rows, on: sql)
    }
}
