import DoudiDomain
import Foundation
import Logging
import SQLKit

extension Registry {
    /// Reads the region's households from the database into a new household snapshot, a
    /// chunk at a time (`forEachHouseholdChunk`: a province's rows are never all held, where
    /// reading them whole took four times the memory of a run from the snapshot), and opens
    /// it: the run then judges from the file as if it had been current. Placed only if
    /// nothing was written meanwhile (it would be stale already; the run still judges what it
    /// read, as it would have from the rows). nil when the file could not be written: a cache
    /// never stops a run, so the caller then reads the database without one.
    func writeHouseholdSnapshot(in region: RegionCode, _ snapshot: RegistrySnapshots) async throws
        -> (opened: HouseholdSnapshot.Opened, source: RegistryReadSource)? {
        let generation = snapshot.generation(.households), log = Logger(label: "doudi.snapshot")
        let writer: HouseholdSnapshot.Writer
        do {
            writer = try HouseholdSnapshot.Writer(HouseholdSnapshot(url: snapshot.households), generation: generation,
                                                  temporaryDirectory: snapshot.incoming)
        } catch {
            log.warning("household snapshot not written: \(String(describing: error))")
            return nil
        }
        // On one connection, held only while the rows are read (a run's other queries go on
        // beside the judging).
        let written: Bool = try await database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await ReadSession.prepare(sql)
            do {
                let registry = Registry(database: connection, caller: caller, auditKey: auditKey, origin: origin)
                try await registry.forEachHouseholdChunk(in: region) { chunk in
                    do { try await BlockingWork.run { try writer.append(chunk) } } catch { throw NotWritten(cause: error) }
                }
                do { try await BlockingWork.run { try writer.finish() } } catch { throw NotWritten(cause: error) }
                try await ReadSession.finish(sql)
                return true
            } catch let error as NotWritten {
                try? await ReadSession.finish(sql)
                log.warning("household snapshot not written: \(String(describing: error.cause))")
                return false
            } catch {
                try? await ReadSession.finish(sql)
                writer.discard()
                throw error
            }
        }
        AllocatorTuning.releaseFreeMemory()
        guard written else {
            writer.discard()
            return nil
        }
        guard let opened = try await BlockingWork.run({ HouseholdSnapshot(url: writer.temporary).open(at: generation) }) else {
            log.error("household snapshot written but not read back; the database is read instead")
            writer.discard()
            return nil
        }
        // The mapping keeps the file it opened, whether it is renamed into place or removed.
        guard await snapshot.isCurrent(.households, sql) else {
            log.notice("household snapshot not placed: the registry was written during the read")
            writer.discard()
            return (opened, .database)
        }
        do {
            try SnapshotFiles.place(writer.temporary, at: snapshot.households)
            return (opened, .databaseWroteSnapshot)
        } catch {
            log.warning("household snapshot not placed: \(String(describing: error))")
            writer.discard()
            return (opened, .database)
        }
    }

    /// The household snapshot brought up to date (`doudi snapshots`): kept when current, else
    /// written from the database; the households it holds are counted from its blocks, never
    /// decoded. nil when it could not be written (the log says why).
    func refreshHouseholdSnapshot(in region: RegionCode, _ snapshot: RegistrySnapshots) async throws -> (households: Int, source: RegistryReadSource)? {
        if let current = try await BlockingWork.run({ HouseholdSnapshot(url: snapshot.households).open(at: snapshot.generation(.households)) }) {
            return (current.households, .snapshot)
        }
        return try await writeHouseholdSnapshot(in: region, snapshot).map { ($0.opened.households, $0.source) }
    }

    /// The snapshot's file failed, not the database's read.
    private struct NotWritten: Error {
        let cause: any Error
    }
}
