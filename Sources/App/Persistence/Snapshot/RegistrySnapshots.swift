import DoudiDomain
import Foundation
import Logging
import SQLKit

/// The snapshots a run may read or write (`RollRowsSnapshot`, `HouseholdSnapshot`): only a
/// run whose region holds the whole registry, so that its reads and a snapshot of everything
/// are the same rows. The generation is read first, before any of the run's reads, so a
/// write landing during the run leaves what it writes already stale (and a writer checks it
/// again before placing a file: `isCurrent`).
struct RegistrySnapshots: Sendable {
    /// Each snapshot's generation as the run began.
    let generations: [RegistrySnapshotKind: RegistryGeneration]
    let roll: URL
    let households: URL
    /// Where files are written before they are placed (`SnapshotFiles`).
    let incoming: URL

    /// nil when the region is part of the registry, or when the generation cannot be read
    /// (a cache never stops a run: it reads the database).
    static func forRun(over region: RegionCode, sql: any SQLDatabase, files: ReferenceFiles) async -> RegistrySnapshots? {
        do {
            try await RegistryGeneration.compact(sql)
            let generations = try await RegistryGeneration.current(sql)
            guard try await RegistryCoverage(sql: sql).isWhole(region) else { return nil }
            return RegistrySnapshots(generations: generations, roll: files.rollSnapshot, households: files.householdSnapshot, incoming: files.incoming)
        } catch {
            Logger(label: "doudi.snapshot").warning("registry snapshots not used: \(String(describing: error))")
            return nil
        }
    }

    func generation(_ kind: RegistrySnapshotKind) -> RegistryGeneration { generations[kind]! }

    /// Whether nothing a snapshot is read from has been written since the run began: one read
    /// while a write landed is stale already and not worth placing.
    func isCurrent(_ kind: RegistrySnapshotKind, _ sql: any SQLDatabase) async -> Bool {
        (try? await RegistryGeneration.current(sql))?[kind] == generations[kind]
    }
}
