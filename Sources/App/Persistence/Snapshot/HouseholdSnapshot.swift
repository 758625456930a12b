import DoudiDomain
import DoudiMatch
import Foundation

/// The whole registry's households (`HouseholdInputs`) in one file beside the database, stamped
/// with the generation they were read at (`RegistryGeneration`): a run over the whole registry
/// reads this instead of some ten million rows while none of the tables it comes from has been
/// written since.
///
/// Layout: a header (magic, format, instance, generation and nonce, the registry codes'
/// fingerprint, block count: eight bytes, filled in last by `Writer`), then blocks of up to `blockSize` households, each its byte
/// length, household count, checksum (`SnapshotChecksum`) and encoded households. Blocks are
/// decoded on every core straight from a read-only mapping of the file (no copy of the page
/// cache's bytes), and each block's pages are let go once decoded, so the file is never held
/// whole.
struct HouseholdSnapshot {
    /// Moves whenever the encoding changes. The registry codes' case lists are checked apart
    /// (`SnapshotCodes.fingerprint`): a case added moves every later case's position.
    static let format: UInt64 = 5
    static let magic = Array("DOUDI-HOUSEHOLDS\n".utf8)
    static let blockSize = 4_096

    let url: URL

    struct Block: Sendable {
        let offset: Int
        let length: Int
        let households: Int
        let checksum: UInt64
    }

    /// Writes `households` stamped with `generation` (`Writer`), and places the file: a reader
    /// sees a whole file or none.
    func write(_ households: [HouseholdInputs], generation: RegistryGeneration, temporaryDirectory: URL) throws {
        let writer = try Writer(self, generation: generation, temporaryDirectory: temporaryDirectory)
        do {
            try writer.append(households)
            try writer.finish()
            try SnapshotFiles.place(writer.temporary, at: url)
        } catch {
            writer.discard()
            throw error
        }
    }

    /// The snapshot opened, when the file exists, reads as this format, was written at
    /// `generation` and every block's checksum holds; nil otherwise (the caller reads the
    /// database). Reads the whole file once (on every core): call it off the cooperative pool.
    func open(at generation: RegistryGeneration) -> Opened? {
        guard let file = try? MappedFile(path: url.path) else { return nil }
        let opened = Opened(file: file), size = file.bytes.count
        guard let head = try? opened.bytes(at: 0, count: min(4_096, size)), head.starts(with: Self.magic) else { return nil }
        let start = { () -> (offset: Int, count: UInt64)? in
            var input = SnapshotReader(head, offset: Self.magic.count)
            guard (try? input.unsigned()) == Self.format, (try? input.text()) == generation.instance,
                  (try? input.int()) == generation.value, (try? input.int()) == generation.nonce,
                  (try? input.text()) == SnapshotCodes.fingerprint, let count = try? input.fixed() else { return nil }
            return (input.offset, count)
        }()
        guard let start else { return nil }
        var offset = start.offset
        // Each block's prefix is read on its own: three varints, at most 30 bytes.
        for _ in 0..<start.count {
            guard let prefix = try? opened.bytes(at: offset, count: min(30, size - offset)) else { return nil }
            let parsed = { () -> (length: Int, households: Int, checksum: UInt64, used: Int)? in
                var input = SnapshotReader(prefix)
                guard let length = try? input.unsigned(), let households = try? input.unsigned(), let checksum = try? input.unsigned() else { return nil }
                return (Int(clamping: length), Int(clamping: households), checksum, input.offset)
            }()
            // A household takes more than 16 bytes, so a count above that is damage (and would
            // reserve memory it never fills).
            guard let parsed, parsed.length <= size, offset + parsed.used + parsed.length <= size, parsed.households <= parsed.length / 16
            else { return nil }
            opened.blocks.append(Block(offset: offset + parsed.used, length: parsed.length, households: parsed.households,
                                       checksum: parsed.checksum))
            offset += parsed.used + parsed.length
        }
        guard offset == size else { return nil }
        // Every block's checksum, on every core, before the snapshot is offered: a run goes on
        // to its other reads once the households are open, so a damaged block found only while
        // decoding could no longer send the households back to the database.
        let sound = WorkerSlots(count: opened.blocks.count, empty: false)
        DispatchQueue.concurrentPerform(iterations: opened.blocks.count) { index in
            sound.store(opened.checksumHolds(opened.blocks[index]), at: index)
        }
        return sound.values.allSatisfy { $0 } ? opened : nil
    }

    /// An open snapshot: its blocks, read from the one mapping made when it was opened, so a
    /// newer snapshot renamed over the file by another run midway is never mixed in (the
    /// mapping keeps the file it opened; snapshots are replaced by rename, never changed in place).
    final class Opened: @unchecked Sendable {
        /// Filled by `open(at:)` before the value is shared; read-only after.
        fileprivate(set) var blocks: [Block] = []
        var households: Int { blocks.reduce(0) { $0 + $1.households } }
        private let file: MappedFile

        fileprivate init(file: MappedFile) { self.file = file }

        /// One block's households, decoded from the mapping (blocks are decoded on every core;
        /// their checksums were checked when the snapshot was opened, and a mapping keeps the
        /// file it opened). Its pages are let go afterwards: the process's resident memory
        /// counts a mapping's pages, and the page cache keeps them anyway.
        /// Each household is handed to `body` as soon as it is decoded and dropped after: a
        /// block's records are never all held at once, so the allocator reuses one household's
        /// memory for the next while it is still in the cache.
        func forEachHousehold(in block: Block, codes: SnapshotCodes, _ body: (HouseholdInputs) throws -> Void) throws {
            let buffer = try bytes(at: block.offset, count: block.length)
            defer { file.letGo(of: buffer) }
            var input = SnapshotReader(buffer)
            for _ in 0..<block.households { try body(try HouseholdInputs(from: &input, codes: codes)) }
            guard input.isAtEnd else { throw SnapshotDamaged() }
        }

        fileprivate func checksumHolds(_ block: Block) -> Bool {
            guard let buffer = try? bytes(at: block.offset, count: block.length) else { return false }
            defer { file.letGo(of: buffer) }
            return SnapshotChecksum.of(buffer) == block.checksum
        }

        /// The mapped bytes at `offset`, valid while this value lives.
        fileprivate func bytes(at offset: Int, count: Int) throws -> UnsafeRawBufferPointer {
            guard count >= 0, offset >= 0, offset <= file.bytes.count - count else { throw SnapshotDamaged() }
            return UnsafeRawBufferPointer(rebasing: file.bytes[offset..<offset + count])
        }
    }
}

