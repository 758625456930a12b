/// SpreadsheetML's `_xHHHH_` escapes: XML 1.0 cannot hold most control characters,
/// and parsers turn CR into LF, so Excel writes them as `_x000D_` etc. A literal
/// `_x0041_` in the text is protected by escaping its underscore as `_x005F_`.
enum OOXMLText {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if let scalar = escapedScalar(scalars, at: i) {
                result.append(scalar)
                i += 7
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        return String(result)
    }

    static func encode(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) || $0 == "_" }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = ""
        for (i, scalar) in scalars.enumerated() {
            if needsEscape(scalar) {
                result += hexEscape(scalar.value)
            } else if scalar == "_", escapedScalar(scalars, at: i) != nil {
                result += "_x005F_"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Characters XML 1.0 forbids, plus CR, which would not survive end-of-line normalisation.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
    }

    /// The scalar that `_xHHHH_` at `i` stands for, if there is one.
    private static func escapedScalar(_ s: [Unicode.Scalar], at i: Int) -> Unicode.Scalar? {
        guard i + 6 < s.count, s[i] == "_", s[i + 1] == "x", s[i + 6] == "_" else { return nil }
        var value: UInt32 = 0
        for k in 2...5 {
            guard s[i + k].isASCII, let digit = Int(String(s[i + k]), radix: 16) else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return Unicode.Scalar(value)
    }
}
