import DoudiDomain
import DoudiMatch
import Foundation

/// The roll query's rows (`RollRow`, codes read, before any day is applied) for the whole registry,
/// in the query's order, stamped with the registry generation they were read at: a run over
/// the whole registry replays them into the roll's builder instead of joining two million
/// enrollment members to their persons, households and payments again.
///
/// Layout: a header (magic, format, instance, generation, nonce, codes' fingerprint), then blocks of up to `blockRows`
/// rows, each its byte length, row count and checksum (`SnapshotChecksum`), then an empty block
/// that marks the end (a file cut short has none and is refused).
struct RollRowsSnapshot {
    /// Moves whenever the encoding or the roll query's columns change.
    static let format: UInt64 = 4
    static let magic = Array("DOUDI-ROLL\n".utf8)
    static let blockRows = 65_536

    let url: URL

    /// Whether the file is there, this format, and written at `generation`.
    func isCurrent(at generation: RegistryGeneration) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1_024) else { return false }
        return head.withUnsafeBytes { Self.header(in: $0, matches: generation) != nil }
    }

    /// Every row, in order, to `body`. Throws `SnapshotDamaged` for a file that does not read
    /// back whole; rows already handed over must then be dropped by the caller. Read through
    /// a mapping (no copy out of the page cache into fresh buffers), each block's pages let go
    /// once its rows are handed over.
    func read(at generation: RegistryGeneration, _ body: (RollRow) throws -> Void) throws {
        guard let file = try? MappedFile(path: url.path),
              let start = Self.header(in: UnsafeRawBufferPointer(rebasing: file.bytes.prefix(1_024)), matches: generation) else {
            throw SnapshotDamaged()
        }
        let codes = SnapshotCodes()
        var offset = start
        // The mapping lives until the last row is read (its bytes are read through pointers).
        try withExtendedLifetime(file) { while true {
            var prefix = SnapshotReader(file.bytes, offset: offset)
            let length = Int(clamping: try prefix.unsigned()), rows = Int(clamping: try prefix.unsigned()), checksum = try prefix.unsigned()
            if length == 0 { return }
            guard length <= file.bytes.count - prefix.offset else { throw SnapshotDamaged() }
            let block = UnsafeRawBufferPointer(rebasing: file.bytes[prefix.offset..<prefix.offset + length])
            defer { file.letGo(of: block) }
            guard SnapshotChecksum.of(block) == checksum else { throw SnapshotDamaged() }
            var input = SnapshotReader(block)
            for _ in 0..<rows { try body(try RollRow(from: &input, codes: codes)) }
            guard input.isAtEnd else { throw SnapshotDamaged() }
            offset = prefix.offset + length
        } }
    }

    /// Where the rows start, if the header is this format at `generation`.
    private static func header(in bytes: UnsafeRawBufferPointer, matches generation: RegistryGeneration) -> Int? {
        guard bytes.starts(with: magic) else { return nil }
        var input = SnapshotReader(bytes, offset: magic.count)
        guard (try? input.unsigned()) == format, (try? input.text()) == generation.instance,
              (try? input.int()) == generation.value, (try? input.int()) == generation.nonce,
              (try? input.text()) == SnapshotCodes.fingerprint else { return nil }
        return input.offset
    }

    /// Writes rows as the roll query streams them, under a temporary name renamed into place
    /// by `commit`. Used by one thread at a time (the roll's builder).
    final class Writer: @unchecked Sendable {
        private let url: URL, temporary: URL
        private let handle: FileHandle
        private var block = SnapshotWriter(), rows = 0
        /// A write that failed: the rows go on to the roll, and `commit` reports it.
        private var failure: (any Error)?

        init(url: URL, generation: RegistryGeneration, temporaryDirectory: URL) throws {
            self.url = url
            temporary = try SnapshotFiles.create(in: temporaryDirectory, for: url)
            handle = try FileHandle(forWritingTo: temporary)
            var header = SnapshotWriter()
            header.append(RollRowsSnapshot.magic)
            header.unsigned(RollRowsSnapshot.format); header.text(generation.instance); header.int(generation.value); header.int(generation.nonce)
            header.text(SnapshotCodes.fingerprint)
            try handle.write(contentsOf: header.bytes)
        }

        func append(_ row: RollRow) {
            guard failure == nil else { return }
            row.write(to: &block)
            rows += 1
            if rows == RollRowsSnapshot.blockRows {
                do { try flush() } catch { failure = error }
            }
        }

        func commit() throws {
            if let failure { throw failure }
            try flush()
            var end = SnapshotWriter()
            end.unsigned(0); end.unsigned(0); end.unsigned(0)
            try handle.write(contentsOf: end.bytes)
            try handle.synchronize()
            try handle.close()
            try SnapshotFiles.place(temporary, at: url)
        }

        func abandon() {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
        }

        private func flush() throws {
            guard rows > 0 else { return }
            var prefix = SnapshotWriter()
            prefix.unsigned(UInt64(block.bytes.count)); prefix.unsigned(UInt64(rows)); prefix.unsigned(block.bytes.snapshotChecksum)
            try handle.write(contentsOf: prefix.bytes)
            try handle.write(contentsOf: block.bytes)
            block = SnapshotWriter(capacity: block.bytes.count)
            rows = 0
        }
    }
}

extension RollRow {
    func write(to out: inout SnapshotWriter) {
        out.uuid(personID); out.text(number.value); out.code(number.status); out.optional(number.packedKey) { $0.unsigned($1) }
        out.optional(sex) { $0.code($1) }; out.optional(birthDate) { $0.date($1) }; out.uuid(enrollmentID); out.code(program)
        out.code(status); out.unsigned(region); out.array(AssistanceCategory.allCases.filter(categories.contains)) { $0.code($1) }
        out.optional(lastPaid) { $0.int($1.index) }; out.bool(urban)
    }

    init(from input: inout SnapshotReader, codes: SnapshotCodes) throws {
        let personID = try input.uuid()
        let number = RecordedIDNumber(value: try input.text(), status: try input.code(codes.idStatuses),
                                      packedKey: try input.optional { try $0.unsigned() }, unverifiedRegion: false)
        self.init(personID: personID, number: number, sex: try input.optional { try $0.code(codes.sexes) },
                  birthDate: try input.optional { try $0.date() }, enrollmentID: try input.uuid(), program: try input.code(codes.programs),
                  status: try input.code(codes.enrollmentStatuses), region: try input.unsigned(),
                  categories: Set(try input.array { try $0.code(codes.categories) }),
                  lastPaid: try input.optional { MonthPeriod(index: Int(try $0.int())) }, urban: try input.bool())
    }
}
