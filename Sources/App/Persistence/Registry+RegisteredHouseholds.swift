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
    /// the read uses the snapshot while it is current, and otherwise writes a new one from the
    /// database and judges from that (`writeHouseholdSnapshot`); `source` says which.
    func registeredHouseholds<Consumer: HouseholdConsumer>(
        in region: RegionCode, on date: CivilDate, monitoringList: Set<UInt64> = [], snapshot: RegistrySnapshots? = nil,
        rowsRead: @escaping @Sendable () -> Void = {}, consumer: @escaping @Sendable () -> Consumer,
        delivered: @escaping @Sendable (Consumer.Part) -> Void = { _ in }
    ) async throws -> (parts: [Consumer.Part], unassessed: [UnassessedHousehold], source: RegistryReadSource) {
        if let snapshot {
            let current = try await BlockingWork.run { HouseholdSnapshot(url: snapshot.households).open(at: snapshot.generation(.households)) }
            var read = current.map { (opened: $0, source: RegistryReadSource.snapshot) }
            if read == nil { read = try await writeHouseholdSnapshot(in: region, snapshot) }
            if let read {
                rowsRead()
                do {
                    let assembled = try await Self.assemble(read.opened, monitoringList: monitoringList, on: date, consumer: consumer, delivered: delivered)
                    return (assembled.parts, assembled.unassessed, read.source)
                } catch {
                    // Every checksum held, so this is an encoding this build does not read. Not read
                    // from the database now: the caller's other reads have begun (`rowsRead`), and a
                    // pool holds few connections. Removed, so the next run reads the database.
                    Logger(label: "doudi.snapshot").error("household snapshot not decodable, removed: \(String(describing: error))")
                    try? FileManager.default.removeItem(at: snapshot.households)
                    throw error
                }
            }
        }
        // Part of the registry (or a snapshot that could not be written): the database's rows,
        // only of households judged that day, on one connection held only while they are read.
        let inputs = try await database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await ReadSession.prepare(sql)
            do {
                let inputs = try await Registry(database: connection, caller: caller, auditKey: auditKey, origin: origin)
                    .readHouseholdInputs(in: region, judgedOn: date)
                try await ReadSession.finish(sql)
                return inputs
            } catch {
                try? await ReadSession.finish(sql)
                throw error
            }
        }
        rowsRead()
        let assembled = try await Self.assemble(inputs, monitoringList: monitoringList, on: date, consumer: consumer, delivered: delivered)
        return (assembled.parts, assembled.unassessed, .database)
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
}
