/// A strict UTF-8 validator that also counts what it saw, for `CSVTextDecoder`'s
/// decision between "damaged UTF-8" and "GB18030".
struct UTF8Scan {
    var firstInvalidOffset: Int?
    var invalidCount = 0
    var multibyteCount = 0

    var isValid: Bool { firstInvalidOffset == nil }

    init(_ bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var i = 0
        while i < count {
            // ASCII fast path, eight bytes at a time: most CSV bytes are digits and commas.
            if i + 8 <= count,
               UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            let length = UTF8Scan.sequenceLength(base, i, count)
            if length == 0 {
                if firstInvalidOffset == nil { firstInvalidOffset = i }
                invalidCount += 1
                i += 1
            } else {
                multibyteCount += 1
                i += length
            }
        }
    }

    /// Length of the well-formed sequence starting at `i`, or 0 (RFC 3629 table:
    /// no overlongs, no surrogates, nothing above U+10FFFF).
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> Int {
        @inline(__always) func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + offset < count && base[i + offset] >= low && base[i + offset] <= high
        }
        switch base[i] {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
