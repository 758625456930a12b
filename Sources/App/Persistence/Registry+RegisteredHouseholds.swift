import DoudiDomain
import Foundation
import FluentSQLiteDriver
import SQLKit

extension Registry {
    /// Every household of `region` in the caller's area as the rules see it on `date`: one
    /// query per table over the region's code range, grouped here, instead of a dossier
    /// per household. A household the rules cannot judge (a member without a birth date, or
    /// means never checked) comes back on its own, with the reason.
    /// `monitoringList`: the ID keys on the department's poverty-monitoring list (`RegisteredHousehold.listedByDepartment`).
    ///
    /// Runs on one connection: on SQLite with a larger page cache and temporaries in memory
    /// (`ReadSession`), since a province is millions of rows read in a few passes.
    public func registeredHouseholds(in region: RegionCode, on date: CivilDate, monitoringList: Set<UInt64> = []) async throws
        -> (households: [RegisteredHousehold], unassessed: [UnassessedHousehold]) {
        let read = try await registeredHouseholds(in: region, on: date, monitoringList: monitoringList) { $0 }
        return (Array(read.parts.joined()), read.unassessed)
    }

    /// The same households, handed to `consume` (once every row is read: `rowsRead`) in fixed parts of the household-number order on
    /// every core as they are assembled, so a province's households are never all held as
    /// domain values at once (a cross-check keeps only what it finds). The parts' results
    /// come back in order: the same whatever the number of cores.
    public func registeredHouseholds<Part: Sendable>(
        in region: RegionCode, on date: CivilDate, monitoringList: Set<UInt64> = [], rowsRead: @escaping @Sendable () -> Void = {},
        consume: @escaping @Sendable ([RegisteredHousehold]) -> Part
    ) async throws -> (parts: [Part], unassessed: [UnassessedHousehold]) {
        try await database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await ReadSession.prepare(sql)
            do {
                let read = try await Registry(database: connection, caller: caller, auditKey: auditKey, origin: origin)
                    .readRegisteredHouseholds(in: region, on: date, monitoringList: monitoringList, rowsRead: rowsRead, consume: consume)
                try await ReadSession.finish(sql)
                return read
            } catch {
                try? await ReadSession.finish(sql)
                throw error
            }
        }
    }

    private func readRegisteredHouseholds<Part: Sendable>(
        in region: RegionCode, on date: CivilDate, monitoringList: Set<UInt64>, rowsRead: @escaping @Sendable () -> Void,
        consume: @escaping @Sendable ([RegisteredHousehold]) -> Part
    ) async throws -> (parts: [Part], unassessed: [UnassessedHousehold]) {
        var households = try await rows(HouseholdRow.self, in: region).map { try $0.toDomain() }
        var incomes: [UUID: [IncomeRecord]] = [:]
        for record in try await rows(IncomeRecordRow.self, in: region).map({ try $0.toDomain() }) {
            incomes[record.householdID, default: []].append(record)
        }
        var assets: [UUID: [AssetRecord]] = [:]
        for record in try await rows(AssetRecordRow.self, in: region).map({ try $0.toDomain() }) {
            assets[record.householdID, default: []].append(record)
        }
        var enrollments: [UUID: [Enrollment]] = [:]
        // Every member of every enrollment in the region in one pass over its code range.
        for enrollment in try await EnrollmentRow.withMembers(try await rows(EnrollmentRow.self, in: region), in: region, within: caller.scope, sql: sql)
            .map({ try $0.toDomain() }) {
            enrollments[enrollment.householdID, default: []].append(enrollment)
        }
        // Members only of households with a checked income or assistance in force that day
        // (the others are never judged): most of a county's registered persons never applied.
        let wanted = Set(households.map(\.id).filter { id in
            incomes[id] != nil || (enrollments[id] ?? []).contains { $0.isOpen(on: date) }
        })
        // One pass over the region's current memberships (a lookup per chunk of households
        // was a thousand queries on a province); rows of households not judged are skipped
        // before their person is decoded, and assembly orders the members.
        var members: [UUID: [(membership: Membership, person: Person)]] = [:]
        for member in try await currentMembers(ordered: false, keeping: { wanted.contains($0) }, { $0.within(region, table: "m") }) {
            members[member.membership.householdID, default: []].append(member)
        }

        // Account holders: only whether one exists matters here, never the number.
        let holders = Set(try await sql.select().column("person_id").from(BankAccountRow.table).within(caller.scope).within(region).all()
            .map { try $0.decode(column: "person_id", as: UUID.self) })
        rowsRead()
        // Assembled on every core in fixed parts of the household-number order, so the result
        // is the same whatever the number of cores.
        households.sort(by: { $0.householdNo < $1.householdNo })
        // Constants for the workers (the dictionaries above were built in place).
        let (ordered, byMembers, byIncomes, byAssets, byEnrollments) = (households, members, incomes, assets, enrollments)
        households = []
        let parts = max(1, min(256, ordered.count / 5_000)), size = (ordered.count + parts - 1) / parts
        let slots = WorkerSlots(count: parts, empty: (part: Part?.none, unassessed: [UnassessedHousehold]()))
        try await BlockingWork.run {
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let range = min(ordered.count, part * size)..<min(ordered.count, (part + 1) * size)
                var assembled: [RegisteredHousehold] = [], unassessed: [UnassessedHousehold] = []
                assembled.reserveCapacity(range.count)
                for household in ordered[range] {
                    switch RegisteredHousehold.assemble(household, members: byMembers[household.id] ?? [], incomes: byIncomes[household.id] ?? [],
                                                        assets: byAssets[household.id] ?? [], enrollments: byEnrollments[household.id] ?? [],
                                                        accountHolders: holders, monitoringList: monitoringList, on: date) {
                    case let .success(registered): assembled.append(registered)
                    case let .failure(reason): unassessed.append(reason)
                    }
                }
                slots.store((consume(assembled), unassessed), at: part)
            }
        }
        let values = slots.values
        return (values.compactMap(\.part), values.flatMap(\.unassessed))
    }

    /// Rows of one table in the region's code range and the caller's area; on SQLite read
    /// positionally (`SQLitePositionalQuery`), elsewhere decoded by name.
    private func rows<Row: PositionalRow>(_ type: Row.Type, in region: RegionCode) async throws -> [Row] {
        let select = sql.select().columns(Row.columns.map { SQLColumn($0) }).from(Row.table).within(caller.scope).within(region)
        if let sqlite = sql as? any SQLiteDatabase {
            return try await SQLitePositionalQuery.rows(select, on: sqlite, columns: Row.columns.count) { try Row(&$0) }
        }
        return try await select.all().map(Row.init(row:))
    }
}
