import DoudiDomain
import Foundation
import FluentSQLiteDriver
import Logging
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
        let read = try await registeredHouseholds(in: region, on: date, monitoringList: monitoringList, consumer: { HouseholdCollector() })
        return (Array(read.parts.joined()), read.unassessed)
    }

    /// The same households, handed one at a time (once every row is read: `rowsRead`) to a
    /// consumer per fixed part of the household-number order (`consumer` makes each), on every
    /// core as they are assembled, so a province's households are never all held as domain
    /// values at once (a cross-check keeps only what it finds). The parts' results come back in
    /// order: the same whatever the number of cores.
    ///
    /// `delivered` hears each part's result as soon as it and every part before it are done, in
    /// order (a run stores findings while later parts are judged).
    ///
    /// With `snapshot` (given only when the region holds the whole registry: `RegistrySnapshots`),
    /// the read uses the snapshot while it is current, and writes a new one when it is not;
    /// `source` says which.
    func registeredHouseholds<Consumer: HouseholdConsumer>(
        in region: RegionCode, on date: CivilDate, monitoringList: Set<UInt64> = [], snapshot: RegistrySnapshots? = nil,
        rowsRead: @escaping @Sendable () -> Void = {}, consumer: @escaping @Sendable () -> Consumer,
        delivered: @escaping @Sendable (Consumer.Part) -> Void = { _ in }
    ) async throws -> (parts: [Consumer.Part], unassessed: [UnassessedHousehold], source: RegistryReadSource) {
        if let snapshot, let opened = try await BlockingWork.run({ HouseholdSnapshot(url: snapshot.households).open(at: snapshot.generation(.households)) }) {
            rowsRead()
            do {
                let read = try await Self.assemble(opened, monitoringList: monitoringList, on: date, consumer: consumer, delivered: delivered)
                return (read.parts, read.unassessed, .snapshot)
            } catch {
                // Every checksum held, so this is an encoding this build does not read. Not read
                // from the database now: the caller's other reads have begun (`rowsRead`), and a
                // pool holds few connections. Removed, so the next run reads the database.
                Logger(label: "doudi.snapshot").error("household snapshot not decodable, removed: \(String(describing: error))")
                try? FileManager.default.removeItem(at: snapshot.households)
                throw error
            }
        }
        // The database's rows, on one connection held only while they are read (a run's other
        // queries go on beside the judging).
        let (inputs, source) = try await database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await ReadSession.prepare(sql)
            do {
                let registry = Registry(database: connection, caller: caller, auditKey: auditKey, origin: origin)
                guard let snapshot else {
                    let inputs = try await registry.readHouseholdInputs(in: region, judgedOn: date)
                    try await ReadSession.finish(sql)
                    return (inputs, RegistryReadSource.database)
                }
                let all = try await registry.readHouseholdInputs(in: region, judgedOn: nil)
                var source = RegistryReadSource.database
                // Placed only if nothing was written meanwhile (it would be stale already).
                if !(await snapshot.isCurrent(.households, sql)) {
                    Logger(label: "doudi.snapshot").notice("household snapshot not placed: the registry was written during the read")
                } else {
                    do {
                        let file = HouseholdSnapshot(url: snapshot.households)
                        try await BlockingWork.run { try file.write(all, generation: snapshot.generation(.households), temporaryDirectory: snapshot.incoming) }
                        source = .databaseWroteSnapshot
                    } catch {
                        // A cache: the run goes on from the database's rows.
                        Logger(label: "doudi.snapshot").warning("household snapshot not written: \(String(describing: error))")
                    }
                }
                try await ReadSession.finish(sql)
                return (all, source)
            } catch {
                try? await ReadSession.finish(sql)
                throw error
            }
        }
        rowsRead()
        let assembled = try await Self.assemble(inputs, monitoringList: monitoringList, on: date, consumer: consumer, delivered: delivered)
        return (assembled.parts, assembled.unassessed, source)
    }

    /// Every household of `region` in the caller's area with its records, in household-number
    /// order. With `judgedOn`, only households judged that day get their members (a checked
    /// income or assistance in force: `RegisteredHousehold.assemble` passes the others over
    /// before looking at members); without it (for a snapshot, whatever the day), those that
    /// could be judged on some day: a checked income or any enrollment. The rest, most of a
    /// registry, come without members on either path and are passed over the same way.
    private func readHouseholdInputs(in region: RegionCode, judgedOn date: CivilDate?) async throws -> [HouseholdInputs] {
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
        for member in try await currentMembers(ordered: false, keeping: { wanted.contains($0) }, { $0.within(region, table: "m") }) {
            members[member.membership.householdID, default: []].append(member)
        }
        // Account holders: only whether one exists matters here, never the number.
        let holders = Set(try await sql.select().column("person_id").from(BankAccountRow.table).within(caller.scope).within(region).all()
            .map { try $0.decode(column: "person_id", as: UUID.self) })
        households.sort(by: { $0.householdNo < $1.householdNo })
        return households.map { household in
            let householdMembers = members[household.id] ?? []
            return HouseholdInputs(household: household, members: householdMembers, incomes: incomes[household.id] ?? [],
                                   assets: assets[household.id] ?? [], enrollments: enrollments[household.id] ?? [],
                                   accountHolders: Set(householdMembers.map(\.person.id).filter(holders.contains)))
        }
    }

    /// Assembles and consumes `inputs` on every core in fixed parts of their order, so the
    /// result is the same whatever the number of cores.
    private static func assemble<Consumer: HouseholdConsumer>(
        _ inputs: [HouseholdInputs], monitoringList: Set<UInt64>, on date: CivilDate, consumer: @escaping @Sendable () -> Consumer,
        delivered: @escaping @Sendable (Consumer.Part) -> Void
    ) async throws -> (parts: [Consumer.Part], unassessed: [UnassessedHousehold]) {
        let parts = max(1, min(256, inputs.count / 5_000)), size = (inputs.count + parts - 1) / parts
        let slots = WorkerSlots(count: parts, empty: (part: Consumer.Part?.none, unassessed: [UnassessedHousehold]()))
        let delivery = OrderedDelivery(delivered)
        try await BlockingWork.run {
            BackgroundWorkers.perform(iterations: parts) { part in
                var consuming = consumer(), unassessed: [UnassessedHousehold] = []
                // Read in place from the buffer: iterating, or handing on an array's element, copied
                // each household's records.
                inputs.withUnsafeBufferPointer { inputs in
                    for index in min(inputs.count, part * size)..<min(inputs.count, (part + 1) * size) {
                        assemble(inputs[index], monitoringList: monitoringList, on: date, into: &consuming, unassessed: &unassessed)
                    }
                }
                let result = consuming.finish()
                slots.store((part: result, unassessed: unassessed), at: part)
            } completed: { part in
                if let result = slots.value(at: part).part { delivery.finished(result, at: part) }
            }
        }
        let values = slots.values
        return (values.compactMap(\.part), values.flatMap(\.unassessed))
    }

    /// As `assemble(_:…)`, one snapshot block per part, each read and decoded by its worker
    /// (one `SnapshotCodes` per block: a class, shared by reference within it).
    private static func assemble<Consumer: HouseholdConsumer>(
        _ opened: HouseholdSnapshot.Opened, monitoringList: Set<UInt64>, on date: CivilDate,
        consumer: @escaping @Sendable () -> Consumer, delivered: @escaping @Sendable (Consumer.Part) -> Void
    ) async throws -> (parts: [Consumer.Part], unassessed: [UnassessedHousehold]) {
        let blocks = opened.blocks
        let slots = WorkerSlots(count: blocks.count, empty: (part: Consumer.Part?.none, unassessed: [UnassessedHousehold]()))
        let delivery = OrderedDelivery(delivered)
        let failed = WorkerSlots(count: 1, empty: false)
        try await BlockingWork.run {
            BackgroundWorkers.perform(iterations: blocks.count) { index in
                do {
                    // Decoded, assembled and consumed one household at a time (`forEachHousehold`).
                    var consuming = consumer(), unassessed: [UnassessedHousehold] = []
                    try opened.forEachHousehold(in: blocks[index], codes: SnapshotCodes()) { inputs in
                        assemble(inputs, monitoringList: monitoringList, on: date, into: &consuming, unassessed: &unassessed)
                    }
                    let part = consuming.finish()
                    slots.store((part: part, unassessed: unassessed), at: index)
                } catch {
                    failed.store(true, at: 0)
                }
            } completed: { index in
                // Delivered from this thread, not the workers' (`BackgroundWorkers`).
                if let part = slots.value(at: index).part { delivery.finished(part, at: index) }
            }
        }
        guard !failed.values[0] else { throw SnapshotDamaged() }
        let values = slots.values
        return (values.compactMap(\.part), values.flatMap(\.unassessed))
    }

    private static func assemble<Consumer: HouseholdConsumer>(_ inputs: HouseholdInputs, monitoringList: Set<UInt64>, on date: CivilDate,
                                                              into consumer: inout Consumer, unassessed: inout [UnassessedHousehold]) {
        switch inputs.assemble(monitoringList: monitoringList, on: date) {
        case let .success(registered): consumer.take(registered)
        case let .failure(reason): unassessed.append(reason)
        }
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
