import DoudiMatch
import Foundation

/// The data directory's reference area: each committed batch's validated file
/// (`<sha256>.csv`) and its column cache (`<sha256>.cols`), named by the validated file's
/// content so that the same data imported twice is stored once; the rejected rows'
/// reports (`reports/<batch>.json`); and `incoming/`, where an import writes before its
/// files are renamed into place (a rename is atomic, so a file under its final name is
/// always complete).
struct ReferenceFiles: Sendable {
    let root: URL

    var incoming: URL { root.appendingPathComponent("incoming", isDirectory: true) }
    var reports: URL { root.appendingPathComponent("reports", isDirectory: true) }

    /// The registry's households as of a generation (`HouseholdSnapshot`): a cache, rebuilt by
    /// the next whole-registry run whenever the registry has changed.
    var householdSnapshot: URL { root.appendingPathComponent("registry-households.snapshot") }
    /// The roll query's rows as of a generation (`RollRowsSnapshot`), likewise.
    var rollSnapshot: URL { root.appendingPathComponent("registry-roll.snapshot") }

    func validatedFile(_ sha256: String) -> URL { root.appendingPathComponent("\(sha256).csv") }
    func cacheFile(_ sha256: String) -> URL { root.appendingPathComponent("\(sha256).cols") }
    func report(_ batch: UUID) -> URL { reports.appendingPathComponent("\(batch.uuidString.lowercased()).json") }

    func prepare() throws {
        for directory in [root, incoming, reports] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
    }

    /// A fresh name under `incoming/`.
    func incomingFile(_ suffix: String) -> URL {
        incoming.appendingPathComponent("\(UUID().uuidString.lowercased()).\(suffix)")
    }

    /// Moves a finished incoming file to its final name, on disk before the batch that
    /// names it can commit: the file and then the directory entry are synced. If the final
    /// name exists (the same content stored before) and is sound, the incoming copy is
    /// dropped; a cache file that does not read back (cut short by a crash, or an older
    /// format) is replaced.
    func place(_ incomingFile: URL, at final: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: final.path), final.pathExtension != "cols" || (try? ReferenceColumns(contentsOf: final)) != nil {
            try manager.removeItem(at: incomingFile)
            return
        }
        try Self.sync(incomingFile)
        if rename(incomingFile.path, final.path) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path])
        }
        try Self.sync(root)
    }

    private static func sync(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
    }

    /// Removes leftovers of interrupted imports (never part of a batch). Only files a day
    /// old go: another process may be importing into `incoming/` right now.
    func sweepIncoming(now: Date = Date()) {
        let manager = FileManager.default
        let files = (try? manager.contentsOfDirectory(at: incoming, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        for file in files {
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? now
            if now.timeIntervalSince(modified) > 86_400 { try? manager.removeItem(at: file) }
        }
    }

    /// Removes placed files that no batch refers to: an import stopped after placing its
    /// files and before its commit. Only files a day old go, as `sweepIncoming` does: a
    /// running import places its files a moment before it commits.
    func sweepUnreferenced(keeping referenced: Set<String>, now: Date = Date()) {
        let manager = FileManager.default
        let files = (try? manager.contentsOfDirectory(at: root, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        for file in files where ["csv", "cols"].contains(file.pathExtension) {
            let sha = file.deletingPathExtension().lastPathComponent
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? now
            if !referenced.contains(sha), now.timeIntervalSince(modified) > 86_400 { try? manager.removeItem(at: file) }
        }
    }

    func columns(_ sha256: String) throws -> ReferenceColumns {
        try ReferenceColumns(contentsOf: cacheFile(sha256))
    }
}
