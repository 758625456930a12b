import DoudiDomain
import Foundation

/// Reads what `SnapshotWriter` wrote, from a buffer the caller keeps alive. A value that
/// runs past the end is a damaged snapshot: the reader throws and the caller reads the
/// database instead. Text is not refused for bad UTF-8 (`String(decoding:)` would repair it):
/// every block's checksum is checked before it is decoded, and the writer wrote Swift strings
/// (`String(validating:)`'s generic path was an eighth of judging a province's households).
struct SnapshotReader {
    private let base: UnsafeRawBufferPointer
    private(set) var offset: Int
    /// The region code read last (`region()`): households come village by village, so most
    /// codes are the one before, and checking a code's digits each time was a few per cent of
    /// decoding a province.
    var recentRegion: RegionCode?

    init(_ base: UnsafeRawBufferPointer, offset: Int = 0) {
        self.base = base
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= base.count }

    mutating func unsigned() throws -> UInt64 {
        var result: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < base.count, shift < 64 else { throw SnapshotDamaged() }
            let byte = base[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    /// What `SnapshotWriter.fixed` wrote.
    mutating func fixed() throws -> UInt64 {
        guard base.count - offset >= 8 else { throw SnapshotDamaged() }
        defer { offset += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func count() throws -> Int {
        let value = try unsigned()
        guard value <= UInt64(base.count - offset) * 8 + 64 else { throw SnapshotDamaged() }
        return Int(value)
    }

    mutating func bool() throws -> Bool {
        guard offset < base.count else { throw SnapshotDamaged() }
        defer { offset += 1 }
        switch base[offset] {
        case 0: return false
        case 1: return true
        default: throw SnapshotDamaged()
        }
    }

    mutating func text() throws -> String {
        String(decoding: try textBytes().assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    /// A text's bytes, without making a string of them.
    mutating func textBytes() throws -> UnsafeRawBufferPointer {
        let length = try count()
        guard length <= base.count - offset else { throw SnapshotDamaged() }
        defer { offset += length }
        return UnsafeRawBufferPointer(rebasing: base[offset..<offset + length])
    }

    mutating func uuid() throws -> UUID {
        guard base.count - offset >= 16 else { throw SnapshotDamaged() }
        defer { offset += 16 }
        return UUID(uuid: base.loadUnaligned(fromByteOffset: offset, as: uuid_t.self))
    }

    /// What `SnapshotWriter.uuid(_:among:)` wrote, against the same `known`.
    mutating func uuid(among known: [UUID]) throws -> UUID {
        let position = try unsigned()
        if position == 0 { return try uuid() }
        guard position <= UInt64(known.count) else { throw SnapshotDamaged() }
        return known[Int(position - 1)]
    }

    /// A set written as an array (`SnapshotWriter.array`); none is allocated for an empty one.
    mutating func set<Element: Hashable>(_ read: (inout SnapshotReader) throws -> Element) throws -> Set<Element> {
        let count = try count()
        guard count > 0 else { return [] }
        var values = Set<Element>(minimumCapacity: Swift.min(count, 1 << 16))
        for _ in 0..<count { values.insert(try read(&self)) }
        return values
    }

    mutating func optional<Value>(_ read: (inout SnapshotReader) throws -> Value) throws -> Value? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<Element>(_ read: (inout SnapshotReader) throws -> Element) throws -> [Element] {
        let count = try count()
        var values: [Element] = []
        values.reserveCapacity(Swift.min(count, 1 << 16))
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}

/// A snapshot that does not read back as written (cut short, another format, damaged).
struct SnapshotDamaged: Error {}
