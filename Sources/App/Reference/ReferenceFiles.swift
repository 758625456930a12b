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

    /// Moves a finished incoming file to its final name; if that name exists (the same
    /// content was stored before), the incoming copy is dropped.
    func place(_ incomingFile: URL, at final: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: final.path) {
            try manager.removeItem(at: incomingFile)
            return
        }
        if rename(incomingFile.path, final.path) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path])
        }
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
