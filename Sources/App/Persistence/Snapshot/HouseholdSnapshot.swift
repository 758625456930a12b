import DoudiDomain
import Foundation

/// The whole registry's households (`HouseholdInputs`) in one file beside the database, stamped
/// with the registry generation they were read at (`RegistryGeneration`): a run over the whole
/// registry reads this instead of some ten million rows while no registry write has landed since.
///
/// Layout: a header (magic, format, instance, generation, block count), then blocks of up to
/// `blockSize` households, each its byte length, household count and encoded households.
/// Blocks are decoded on every core with their own reads, so the file is never held whole.
struct HouseholdSnapshot {
    /// Moves whenever the encoding or a registry code's case list changes.
    static let format: UInt64 = 1
    static let magic = Array("DOUDI-HOUSEHOLDS\n".utf8)
    static let blockSize = 4_096

    let url: URL

    struct Block: Sendable {
        let offset: Int
        let length: Int
        let households: Int
    }

    /// Writes `households` stamped with `generation`: encoded on every core, written under a
    /// temporary name, synced and renamed into place, so a reader sees a whole file or none.
    func write(_ households: [HouseholdInputs], generation: RegistryGeneration) throws {
        let blocks = stride(from: 0, to: households.count, by: Self.blockSize).map { $0..<min(households.count, $0 + Self.blockSize) }
        let slots = WorkerSlots(count: blocks.count, empty: [UInt8]())
        DispatchQueue.concurrentPerform(iterations: blocks.count) { index in
            var out = SnapshotWriter(capacity: blocks[index].count * 700)
            for household in households[blocks[index]] { household.write(to: &out) }
            slots.store(out.bytes, at: index)
        }
        var header = SnapshotWriter()
        header.append(Self.magic)
        header.unsigned(Self.format); header.text(generation.instance); header.int(generation.value); header.unsigned(UInt64(blocks.count))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.lowercased())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else { throw SnapshotDamaged() }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: header.bytes)
            for (range, bytes) in zip(blocks, slots.values) {
                var prefix = SnapshotWriter()
                prefix.unsigned(UInt64(bytes.count)); prefix.unsigned(UInt64(range.count))
                try handle.write(contentsOf: prefix.bytes)
                try handle.write(contentsOf: bytes)
            }
            try handle.synchronize()
            try handle.close()
            // rename(2) replaces the old file in one step (Foundation's replaceItemAt wants one to exist).
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// The blocks, when the file exists, reads as this format and was written at `generation`;
    /// nil otherwise (the caller reads the database).
    func blocks(at generation: RegistryGeneration) -> [Block]? {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), (try? handle.seek(toOffset: 0)) != nil,
              let head = try? handle.read(upToCount: 4_096) else { return nil }
        return head.withUnsafeBytes { bytes -> [Block]? in
            guard bytes.starts(with: Self.magic) else { return nil }
            var input = SnapshotReader(bytes, offset: Self.magic.count)
            guard (try? input.unsigned()) == Self.format, (try? input.text()) == generation.instance, (try? input.int()) == generation.value,
                  let count = try? input.unsigned() else { return nil }
            var offset = input.offset, blocks: [Block] = []
            // Each block's prefix is read on its own: two varints, at most 20 bytes.
            for _ in 0..<count {
                guard (try? handle.seek(toOffset: UInt64(offset))) != nil, let prefix = try? handle.read(upToCount: 20) else { return nil }
                let parsed = prefix.withUnsafeBytes { bytes -> (length: Int, households: Int, used: Int)? in
                    var input = SnapshotReader(bytes)
                    guard let length = try? input.unsigned(), let households = try? input.unsigned() else { return nil }
                    return (Int(clamping: length), Int(clamping: households), input.offset)
                }
                guard let parsed, parsed.length <= Int(size), offset + parsed.used + parsed.length <= Int(size) else { return nil }
                blocks.append(Block(offset: offset + parsed.used, length: parsed.length, households: parsed.households))
                offset += parsed.used + parsed.length
            }
            return offset == Int(size) ? blocks : nil
        }
    }

    /// One block's households, read with its own `pread`.
    func households(in block: Block, codes: SnapshotCodes) throws -> [HouseholdInputs] {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw SnapshotDamaged() }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: block.length, alignment: 8)
        defer { buffer.deallocate() }
        var done = 0
        while done < block.length {
            let read = pread(descriptor, buffer.baseAddress! + done, block.length - done, off_t(block.offset + done))
            guard read > 0 else { throw SnapshotDamaged() }
            done += read
        }
        var input = SnapshotReader(UnsafeRawBufferPointer(buffer))
        var households: [HouseholdInputs] = []
        households.reserveCapacity(block.households)
        for _ in 0..<block.households { households.append(try HouseholdInputs(from: &input, codes: codes)) }
        guard input.isAtEnd else { throw SnapshotDamaged() }
        return households
    }
}
