/// An amount of renminbi in fen (分), the smallest unit in which benefits are paid.
///
/// Money is an integer count of fen everywhere — never floating point — so sums and ratios are
/// exact and reproducible; arithmetic traps on overflow instead of wrapping.
///
/// Source: 《中华人民共和国人民币管理条例》第四条 (1元 = 10角 = 100分); policy reference §5 item 3
/// (benefit amounts are computed from standards and incomes, so they must be exact).
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic {
    public var fen: Int64

    public init(fen: Int64) {
        self.fen = fen
    }

    /// Whole yuan; traps if `yuan * 100` overflows.
    public init(yuan: Int64) {
        self.fen = yuan * 100
    }

    public static let zero = Money(fen: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static func * (lhs: Money, rhs: Int64) -> Money { Money(fen: lhs.fen * rhs) }
    public static func * (lhs: Int64, rhs: Money) -> Money { Money(fen: lhs * rhs.fen) }
    public static prefix func - (operand: Money) -> Money { Money(fen: -operand.fen) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    public var isNegative: Bool { fen < 0 }

    /// `self × numerator / denominator`, computed exactly (128-bit intermediate) and rounded by `rounding`:
    /// 1.3 × std is `scaled(numerator: 13, denominator: 10, …)`, 20 % is `(1, 5)`.
    /// Traps when `denominator` is 0 or the result does not fit in `Int64` fen.
    public func scaled(numerator: Int64, denominator: Int64, rounding: RoundingRule) -> Money {
        let product = WideMagnitude(fen.magnitude, times: numerator.magnitude)
        return Money(fen: rounding.apply(product: product, negative: (fen < 0) != (numerator < 0),
                                         denominator: denominator))
    }

    /// Parses a plain yuan amount: optional `-`, one or more ASCII digits, optionally `.` and one or
    /// two digits ("1234", "1234.5", "-0.05"). No `+`, exponent, spaces, `¥` or thousands separators,
    /// because spreadsheet imports must not silently reinterpret a malformed cell. Nil on overflow.
    public init?(yuanText text: some StringProtocol) {
        var negative = false
        var whole: Int64 = 0
        var wholeDigits = 0
        var cents: Int64 = 0
        var centDigits = 0
        var sawPoint = false
        var first = true
        for byte in text.utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "-") where first:
                negative = true
            case UInt8(ascii: "."):
                guard !sawPoint, wholeDigits > 0 else { return nil }
                sawPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte - UInt8(ascii: "0"))
                if sawPoint {
                    guard centDigits < 2 else { return nil }
                    cents = cents * 10 + digit
                    centDigits += 1
                } else {
                    let (shifted, o1) = whole.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = shifted.addingReportingOverflow(digit)
                    guard !o1, !o2 else { return nil }
                    whole = sum
                    wholeDigits += 1
                }
            default:
                return nil
            }
        }
        guard wholeDigits > 0, !sawPoint || centDigits > 0 else { return nil }
        if centDigits == 1 { cents *= 10 }
        let (scaled, o1) = whole.multipliedReportingOverflow(by: 100)
        let (total, o2) = scaled.addingReportingOverflow(cents)
        guard !o1, !o2 else { return nil }
        fen = negative ? -total : total
    }

    /// "1234.50", "-0.05": always two decimals, no grouping; round-trips through `init?(yuanText:)`.
    public var yuanText: String {
        let (sign, yuan, cents) = parts
        return sign + String(yuan) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// "¥1,234.50", "-¥0.05": for people, not for files.
    public var formatted: String {
        let (sign, yuan, cents) = parts
        let digits = Array(String(yuan))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return sign + "¥" + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    private var parts: (sign: String, yuan: UInt64, cents: UInt64) {
        let magnitude = fen.magnitude
        return (fen < 0 ? "-" : "", magnitude / 100, magnitude % 100)
    }
}

extension Money: CustomStringConvertible {
    public var description: String { yuanText }
}

extension Money: Codable {
    /// Encoded as the integer number of fen, the one representation that is exact in every consumer.
    public init(from decoder: any Decoder) throws {
        fen = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fen)
    }
}
