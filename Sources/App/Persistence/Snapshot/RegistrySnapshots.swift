import DoudiDomain
import Foundation
import SQLKit

/// The snapshots a run may read or write (`RollRowsSnapshot`, `HouseholdSnapshot`): only a
/// run whose region holds the whole registry, so that its reads and a snapshot of everything
/// are the same rows. The generation is read first, before any of the run's reads, so a
/// write landing during the run leaves what it writes already stale.
struct RegistrySnapshots: Sendable {
    let generation: RegistryGeneration
    let roll: URL
    let households: URL

    static func forRun(over region: RegionCode, sql: any SQLDatabase, files: ReferenceFiles) async throws -> RegistrySnapshots? {
        let generation = try await RegistryGeneration.current(sql)
        guard try await RegistryCoverage(sql: sql).isWhole(region) else { return nil }
        return RegistrySnapshots(generation: generation, roll: files.rollSnapshot, households: files.householdSnapshot)
    }
}
