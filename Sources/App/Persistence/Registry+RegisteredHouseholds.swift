import DoudiDomain
import Foundation
import SQLKit

extension Registry {
    /// Every household of `region` in the caller's area as the rules see it on `date`: one
    /// query per table over the region's code range, grouped here, instead of a dossier
    /// per household. A household the rules cannot judge (a member without a birth date, or
    /// means never checked) comes back on its own, with the reason.
    /// `monitoringList`: the ID keys on the department's poverty-monitoring list (`RegisteredHousehold.listedByDepartment`).
    public func registeredHouseholds(in region: RegionCode, on date: CivilDate, monitoringList: Set<UInt64> = []) async throws
        -> (households: [RegisteredHousehold], unassessed: [UnassessedHousehold]) {
        let households = try await rows(HouseholdRow.self, in: region).map { try $0.toDomain() }
        var incomes: [UUID: [IncomeRecord]] = [:]
        for record in try await rows(IncomeRecordRow.self, in: region).map({ try $0.toDomain() }) {
            incomes[record.householdID, default: []].append(record)
        }
        var assets: [UUID: [AssetRecord]] = [:]
        for record in try await rows(AssetRecordRow.self, in: region).map({ try $0.toDomain() }) {
            assets[record.householdID, default: []].append(record)
        }
        var enrollments: [UUID: [Enrollment]] = [:]
        for enrollment in try await EnrollmentRow.withMembers(try await rows(EnrollmentRow.self, in: region), within: caller.scope, sql: sql)
            .map({ try $0.toDomain() }) {
            enrollments[enrollment.householdID, default: []].append(enrollment)
        }
        // Members only of households with a checked income or assistance in force that day
        // (the others are never judged): most of a county's registered persons never applied.
        let wanted = households.map(\.id).filter { id in
            incomes[id] != nil || (enrollments[id] ?? []).contains { $0.isOpen(on: date) }
        }
        var members: [UUID: [(membership: Membership, person: Person)]] = [:]
        for member in try await chunkedLookup(wanted, { chunk in
            try await currentMembers { $0.where(SQLColumn("household_id", table: "m"), .in, SQLBind.group(chunk)) }
        }) {
            members[member.membership.householdID, default: []].append(member)
        }

        // Account holders: only whether one exists matters here, never the number.
        let holders = Set(try await sql.select().column("person_id").from(BankAccountRow.table).within(caller.scope).within(region).all()
            .map { try $0.decode(column: "person_id", as: UUID.self) })
        var result: [RegisteredHousehold] = []
        var unassessed: [UnassessedHousehold] = []
        for household in households.sorted(by: { $0.householdNo < $1.householdNo }) {
            switch RegisteredHousehold.assemble(household, members: members[household.id] ?? [], incomes: incomes[household.id] ?? [],
                                                assets: assets[household.id] ?? [], enrollments: enrollments[household.id] ?? [],
                                                accountHolders: holders, monitoringList: monitoringList, on: date) {
            case let .success(registered): result.append(registered)
            case let .failure(reason): unassessed.append(reason)
            }
        }
        return (result, unassessed)
    }

    /// Rows of one table in the region's code range and the caller's area.
    private func rows<Row: TableRow>(_ type: Row.Type, in region: RegionCode,
                                     refine: (SQLSelectBuilder) -> SQLSelectBuilder = { $0 }) async throws -> [Row] {
        try await refine(sql.select().columns(Row.columns.map { SQLColumn($0) }).from(Row.table).within(caller.scope).within(region))
            .all().map(Row.init(row:))
    }
}
