import Foundation

/// Appends values to a snapshot buffer in the format `SnapshotReader` reads: integers as
/// little-endian varints (zig-zag for signed), text as its UTF-8 length and bytes, UUIDs as
/// their 16 bytes, optionals behind a presence byte. Compact and read without a decoder.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func int(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }
    mutating func int(_ value: Int) { int(Int64(value)) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Eight little-endian bytes: a value filled in after what follows it is written.
    mutating func fixed(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func uuid(_ value: UUID) {
        withUnsafeBytes(of: value.uuid) { bytes.append(contentsOf: $0) }
    }

    /// A UUID most often one the reader already holds (the household's own, one of its
    /// members'): its position among `known` plus one, or 0 and the 16 bytes. A household's
    /// records repeat its key and its members' keys; a province's snapshot was a seventh those.
    mutating func uuid(_ value: UUID, among known: [UUID]) {
        if let index = known.firstIndex(of: value) {
            unsigned(UInt64(index + 1))
        } else {
            unsigned(0)
            uuid(value)
        }
    }

    /// A presence byte, then the value when there is one.
    mutating func optional<Value>(_ value: Value?, _ write: (inout SnapshotWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<Element>(_ values: [Element], _ write: (inout SnapshotWriter, Element) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { write(&self, value) }
    }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }
}
