/// Whitespace trimming without Foundation. Import hot paths trim every cell of every
/// row, and Foundation's `trimmingCharacters` bridges through NSString on Linux (it was
/// a quarter of a million-row import); most cells need no trimming at all.
extension StringProtocol {
    public var trimmed: String {
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
