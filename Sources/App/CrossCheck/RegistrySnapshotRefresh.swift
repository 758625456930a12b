import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Vapor

/// `doudi snapshots`: brings the registry's snapshots up to date outside a run (scheduled
/// after the night's imports, say), so the next whole-registry cross-check reads them instead
/// of the database. Each is read from the database and written only if stale, exactly as a
/// run would (the households are counted from the file's blocks, not judged); nothing in the registry is written, and the caller must be one who may start a
/// run over the region.
struct RegistrySnapshotRefresh {
    struct Outcome: Sendable {
        var roll: RegistryReadSource
        var households: RegistryReadSource
        var rollRows: Int
        var householdsRead: Int
        var seconds: Double
    }

    let database: any Database
    let auditKey: SymmetricKey
    let files: ReferenceFiles
    let book: PolicyBook

    func run(region: RegionCode, caller: Caller, today: CivilDate = .today()) async throws -> Outcome {
        guard caller.mayAccess(region) else { throw UserFacingError(.forbidden, "crosscheck.error.scope", ["region": region.value]) }
        guard caller.role.may(.runCrossCheck) else { throw UserFacingError(.forbidden, "crosscheck.error.role") }
        let sql = database as! any SQLDatabase
        let started = ContinuousClock.now
        guard let snapshots = await RegistrySnapshots.forRun(over: region, sql: sql, files: files) else {
            throw UserFacingError(.badRequest, "snapshots.error.partial", ["region": region.value])
        }
        let ages = try AuditAges(book: book, region: region, on: today)
        let roll = try await RollQuery(sql: sql).load(within: region, on: today, elderlyAge: ages.elderly, adultAge: ages.adult, snapshot: snapshots)
        let registry = Registry(database: database, caller: caller, auditKey: auditKey, origin: "cli")
        guard let households = try await registry.refreshHouseholdSnapshot(in: region, snapshots) else {
            throw UserFacingError(.internalServerError, "snapshots.error.not_written")
        }
        return Outcome(roll: roll.source, households: households.source, rollRows: roll.columns.count,
                       householdsRead: households.households, seconds: (ContinuousClock.now - started).seconds)
    }
}
