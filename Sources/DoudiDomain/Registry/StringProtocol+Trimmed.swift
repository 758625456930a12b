/// Whitespace trimming without Foundation. Import hot paths trim every cell of every
/// row, and Foundation's `trimmingCharacters` bridges through NSString on Linux (it was
/// a quarter of a million-row import); most cells need no trimming at all.
extension StringProtocol {
    public var trimmed: String {
        let untouched = utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return !UTF8.mayStartWhitespace(first) && !UTF8.mayEndWhitespace(last)
        }
        if untouched == true { return String(self) }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.isTrimmable, !last.isTrimmable { return String(self) }
        guard let start = scalars.firstIndex(where: { !$0.isTrimmable }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.isTrimmable })!
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start...end])
        return String(result)
    }
}

extension Unicode.Scalar {
    /// Unicode White_Space, answered without the property tables for the common cases
    /// (ASCII and CJK text), which dominate every registry file.
    var isTrimmable: Bool {
        switch value {
        case 0x21..<0x80: return false
        case 0x20, 0x09...0x0D: return true
        case 0..<0x20: return false
        case 0x3000, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F: return true
        default: return false
        }
    }
}

extension UTF8 {
    /// False when a string starting with this byte cannot start with Unicode White_Space:
    /// printable ASCII, or the lead byte of a character outside the few ranges that hold
    /// spaces (U+0085/U+00A0 lead with C2, U+1680 with E1, U+2000–U+205F with E2, U+3000 with E3).
    static func mayStartWhitespace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x7E, 0xC3...0xE0, 0xE4...0xF4: false
        default: true
        }
    }

    /// False when a string ending with this byte cannot end with White_Space: printable
    /// ASCII, or a final continuation byte that no multi-byte space ends with
    /// (their last bytes are 80–8A, 85, 9F, A0, A8, A9 and AF).
    static func mayEndWhitespace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x7E: false
        case 0x80...0x8A, 0x9F, 0xA0, 0xA8, 0xA9, 0xAF: true
        case 0x8B...0xBF: false
        default: true
        }
    }
}
