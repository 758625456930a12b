import Foundation

/// The cache file of a batch: a 24-byte header (`DDREFCOL`, version, row count) and the
/// columns one after another as raw little-endian arrays, the 8-byte ones first so every
/// column starts aligned. Loading maps the file; nothing is parsed or copied.
extension ReferenceColumns {
    static let magic = Array("DDREFCOL".utf8)
    static let version: UInt32 = 1
    static let headerSize = 24
    static let bytesPerRow = 8 * 5 + 4 * 2 + 2

    public enum FileError: Error, Equatable {
        /// Not a cache file, another version, or cut short: rebuild it from the validated file.
        case unreadable
    }

    /// The file's bytes.
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.headerSize + count * Self.bytesPerRow)
        bytes += Self.magic
        Self.append(Self.version, to: &bytes)
        Self.append(UInt32(0), to: &bytes)
        Self.append(UInt64(count), to: &bytes)
        for column in [keys, seconds] { column.withUnsafeBytes { bytes += $0 } }
        amounts.withUnsafeBytes { bytes += $0 }
        extras.withUnsafeBytes { bytes += $0 }
        offsets.withUnsafeBytes { bytes += $0 }
        dates.withUnsafeBytes { bytes += $0 }
        lines.withUnsafeBytes { bytes += $0 }
        codes.withUnsafeBytes { bytes += $0 }
        return bytes
    }

    /// Reads a cache file written by `encoded()` (on a little-endian machine, as all Doudi's
    /// are): the columns are views into the mapped file, not copies.
    init(mapping: MappedFile) throws(FileError) {
        let buffer = mapping.bytes
        guard buffer.count >= Self.headerSize, Array(buffer.prefix(8)) == Self.magic,
              buffer.loadUnaligned(fromByteOffset: 8, as: UInt32.self) == Self.version else { throw .unreadable }
        let rows = Int(buffer.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
        guard rows >= 0, rows <= (buffer.count - Self.headerSize) / Self.bytesPerRow,
              buffer.count == Self.headerSize + rows * Self.bytesPerRow else { throw .unreadable }
        var position = Self.headerSize
        func column<T>(_ type: T.Type) -> Column<T> {
            defer { position += MemoryLayout<T>.stride * rows }
            return Column(mapping: mapping, offset: position, count: rows)
        }
        self.init()
        keys = column(UInt64.self)
        seconds = column(UInt64.self)
        amounts = column(Int64.self)
        extras = column(Int64.self)
        offsets = column(UInt64.self)
        dates = column(Int32.self)
        lines = column(UInt32.self)
        codes = column(UInt16.self)
    }

    /// Maps the cache file at `url`.
    public init(contentsOf url: URL) throws {
        let mapping: MappedFile
        do { mapping = try MappedFile(path: url.path) } catch { throw FileError.unreadable }
        try self.init(mapping: mapping)
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}
