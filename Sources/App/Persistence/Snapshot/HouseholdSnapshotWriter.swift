import Foundation

extension HouseholdSnapshot {
    /// Writes a snapshot a chunk of households at a time (`append`), so a province read from
    /// the database is never held whole: each chunk's whole blocks are encoded on every core
    /// and written, the rest carried into the next chunk, and the block count filled in once
    /// the last is written (`finish`). The file is written under a temporary name and synced;
    /// the caller opens it there and places it (`SnapshotFiles.place`) or removes it. Used by
    /// one task at a time (hence unchecked).
    final class Writer: @unchecked Sendable {
        let temporary: URL
        private let handle: FileHandle
        /// Where the header's block count is (written as eight bytes, so it can be filled in last).
        private let countOffset: UInt64
        private var pending: [HouseholdInputs] = []
        private var blocks: UInt64 = 0

        init(_ snapshot: HouseholdSnapshot, generation: RegistryGeneration, temporaryDirectory: URL) throws {
            var header = SnapshotWriter()
            header.append(HouseholdSnapshot.magic)
            header.unsigned(HouseholdSnapshot.format); header.text(generation.instance); header.int(generation.value); header.int(generation.nonce)
            header.text(SnapshotCodes.fingerprint)
            countOffset = UInt64(header.bytes.count)
            header.fixed(0)
            temporary = try SnapshotFiles.create(in: temporaryDirectory, for: snapshot.url)
            do {
                handle = try FileHandle(forWritingTo: temporary)
                try handle.write(contentsOf: header.bytes)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
        }

        /// Appends `households` after those appended before; only whole blocks are written now.
        func append(_ households: [HouseholdInputs]) throws {
            pending.append(contentsOf: households)
            let whole = pending.count - pending.count % HouseholdSnapshot.blockSize
            try write(pending[..<whole])
            pending.removeFirst(whole)
        }

        /// Writes the last households and the block count, and syncs: the file at `temporary`
        /// is then a whole snapshot.
        func finish() throws {
            try write(pending[...])
            pending = []
            var count = SnapshotWriter()
            count.fixed(blocks)
            try handle.seek(toOffset: countOffset)
            try handle.write(contentsOf: count.bytes)
            try handle.synchronize()
            try handle.close()
        }

        /// Removes the file (after a failure, or a snapshot stale before it was placed).
        func discard() {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
        }

        /// Blocks of `households`, encoded on every core a few at a time (a province's
        /// gigabyte is never held whole).
        private func write(_ households: ArraySlice<HouseholdInputs>) throws {
            let ranges = stride(from: households.startIndex, to: households.endIndex, by: HouseholdSnapshot.blockSize)
                .map { $0..<min(households.endIndex, $0 + HouseholdSnapshot.blockSize) }
            for wave in stride(from: 0, to: ranges.count, by: 16).map({ ranges[$0..<min(ranges.count, $0 + 16)] }) {
                let slots = WorkerSlots(count: wave.count, empty: [UInt8]())
                DispatchQueue.concurrentPerform(iterations: wave.count) { index in
                    let range = wave[wave.startIndex + index]
                    var out = SnapshotWriter(capacity: range.count * 1_000)
                    for household in households[range] { household.write(to: &out) }
                    var block = SnapshotWriter(capacity: out.bytes.count + 30)
                    block.unsigned(UInt64(out.bytes.count)); block.unsigned(UInt64(range.count)); block.unsigned(out.bytes.snapshotChecksum)
                    block.append(out.bytes)
                    slots.store(block.bytes, at: index)
                }
                for bytes in slots.values { try handle.write(contentsOf: bytes) }
                blocks += UInt64(wave.count)
            }
        }
    }
}
