import DoudiDomain
import Foundation
import FluentSQLiteDriver
import SQLKit

extension Registry {
    /// Every household of `region` in the caller's area with its records, in household-number
    /// order. With `judgedOn`, only households judged that day get their members (a checked
    /// income or assistance in force: `RegisteredHousehold.assemble` passes the others over
    /// before looking at members); without it (for a snapshot, whatever the day), those that
    /// could be judged on some day: a checked income or any enrollment. The rest, most of a
    /// registry, come without members on either path and are passed over the same way.
    /// With `range`, only the households whose keys fall in it (`forEachHouseholdChunk`);
    /// `holders` are the region's account holders when the caller has read them already.
    func readHouseholdInputs(in region: RegionCode, judgedOn date: CivilDate?, range: HouseholdKeyRange? = nil,
                             holders: Set<UUID>? = nil) async throws -> [HouseholdInputs] {
        var households = try await rows(HouseholdRow.self, in: region, range: range, keyColumn: "id").map { try $0.toDomain() }
        var incomes: [UUID: [IncomeRecord]] = [:]
        for record in try await rows(IncomeRecordRow.self, in: region, range: range).map({ try $0.toDomain() }) {
            incomes[record.householdID, default: []].append(record)
        }
        var assets: [UUID: [AssetRecord]] = [:]
        for record in try await rows(AssetRecordRow.self, in: region, range: range).map({ try $0.toDomain() }) {
            assets[record.householdID, default: []].append(record)
        }
        var enrollments: [UUID: [Enrollment]] = [:]
        // Every member of every enrollment read, in one pass over the region's code range (or
        // the chunk's enrollments).
        let enrollmentRows = try await rows(EnrollmentRow.self, in: region, range: range)
        let enrollmentMembers = try await EnrollmentMemberStore(sql: sql).members(in: region, within: caller.scope, households: range)
        for enrollment in try EnrollmentRow.attach(enrollmentMembers, to: enrollmentRows).map({ try $0.toDomain() }) {
            enrollments[enrollment.householdID, default: []].append(enrollment)
        }
        // Members only of households with a checked income or assistance in force that day (for a
        // snapshot: any enrollment); the others are never judged: most of a county's registered
        // persons never applied.
        let wanted = Set(households.map(\.id).filter { id in
            incomes[id] != nil || date.map { date in (enrollments[id] ?? []).contains { $0.isOpen(on: date) } } ?? (enrollments[id] != nil)
        })
        // One pass over the region's current memberships (a lookup per chunk of households
        // was a thousand queries on a province); rows of households not judged are skipped
        // before their person is decoded, and assembly orders the members.
        var members: [UUID: [(membership: Membership, person: Person)]] = [:]
        for member in try await currentMembers(ordered: false, keeping: { wanted.contains($0) }, {
            $0.within(region, table: "m").within(range, column: "household_id", table: "m")
        }) {
            members[member.membership.householdID, default: []].append(member)
        }
        let accountHolders: Set<UUID>
        if let holders { accountHolders = holders } else { accountHolders = try await self.accountHolders(in: region) }
        households.sort(by: { $0.householdNo < $1.householdNo })
        return households.map { household in
            let householdMembers = members[household.id] ?? []
            return HouseholdInputs(household: household, members: householdMembers, incomes: incomes[household.id] ?? [],
                                   assets: assets[household.id] ?? [], enrollments: enrollments[household.id] ?? [],
                                   accountHolders: Set(householdMembers.map(\.person.id).filter(accountHolders.contains)))
        }
    }

    /// Every household of `region` as `readHouseholdInputs(judgedOn: nil)` reads them, handed to
    /// `body` a chunk of `size` households at a time (`HouseholdKeyRange`), so a province's
    /// rows are never all held: each chunk is a few queries over the tables' household-key
    /// indexes. Chunks come in key order, each in household-number order.
    func forEachHouseholdChunk(in region: RegionCode, size: Int = 16_384, _ body: ([HouseholdInputs]) async throws -> Void) async throws {
        let holders = try await accountHolders(in: region)
        let select = sql.select().column("id").from(HouseholdRow.table).within(caller.scope).within(region).orderBy("id")
        let keys: [UUID]
        if let sqlite = sql as? any SQLiteDatabase {
            keys = try await SQLitePositionalQuery.rows(select, on: sqlite, columns: 1) { try $0.uuid() }
        } else {
            keys = try await select.all().map { try $0.decode(column: "id", as: UUID.self) }
        }
        for range in HouseholdKeyRange.chunks(of: keys, size: size) {
            try await body(try await readHouseholdInputs(in: region, judgedOn: nil, range: range, holders: holders))
        }
    }

    /// Persons of `region` with a bank account: only whether one exists matters to the rules,
    /// never the number.
    private func accountHolders(in region: RegionCode) async throws -> Set<UUID> {
        Set(try await sql.select().column("person_id").from(BankAccountRow.table).within(caller.scope).within(region).all()
            .map { try $0.decode(column: "person_id", as: UUID.self) })
    }

    /// Rows of one table in the region's code range, the caller's area and `range` (on
    /// `keyColumn`); on SQLite read positionally (`SQLitePositionalQuery`), elsewhere decoded by name.
    private func rows<Row: PositionalRow>(_ type: Row.Type, in region: RegionCode, range: HouseholdKeyRange?,
                                          keyColumn: String = "household_id") async throws -> [Row] {
        let select = sql.select().columns(Row.columns.map { SQLColumn($0) }).from(Row.table).within(caller.scope).within(region)
            .within(range, column: keyColumn)
        if let sqlite = sql as? any SQLiteDatabase {
            return try await SQLitePositionalQuery.rows(select, on: sqlite, columns: Row.columns.count) { try Row(&$0) }
        }
        return try await select.all().map(Row.init(row:))
    }
}
