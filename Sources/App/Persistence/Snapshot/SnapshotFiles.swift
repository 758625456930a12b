import Foundation

/// Where a snapshot is written before it is placed: a fresh name in the data directory's
/// `incoming/` (which `ReferenceFiles.sweepIncoming` clears of anything a day old, so a write
/// cut short by a crash leaves nothing behind for long), readable by its owner only (the
/// snapshots hold the whole registry: ID numbers, names, diagnoses), renamed into place in
/// one step.
enum SnapshotFiles {
    static func create(in directory: URL, for final: URL) throws -> URL {
        for folder in [directory, final.deletingLastPathComponent()] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let temporary = directory.appendingPathComponent("\(final.lastPathComponent).\(UUID().uuidString.lowercased())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        return temporary
    }

    /// rename(2) replaces an older snapshot in one step (Foundation's `replaceItemAt` wants one to exist).
    static func place(_ temporary: URL, at final: URL) throws {
        guard rename(temporary.path, final.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
        }
    }
}
