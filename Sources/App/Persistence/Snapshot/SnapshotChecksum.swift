/// A block's checksum, stored beside it and checked before it is decoded: a snapshot's bytes
/// turn into findings, and a block damaged on disk that still decodes would turn into wrong
/// ones. Eight bytes at a time (a multiply and a rotate each), so checking a province's
/// gigabyte costs a fraction of a second; not cryptographic (nobody is expected to forge a
/// cache file in the service's own data directory, readable by it alone).
enum SnapshotChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
        return mix(mix(hash, tail), UInt64(bytes.count))
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return (product << 31 | product >> 33) &+ 0xC4CE_B9FE_1A85_EC53
    }
}

extension Array where Element == UInt8 {
    var snapshotChecksum: UInt64 { withUnsafeBytes(SnapshotChecksum.of) }
}
