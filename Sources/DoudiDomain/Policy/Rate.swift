/// A ratio written as a decimal in a policy (1.5 × the standard, 20 % of it, 0.8 of last
/// month's amount), kept exactly as ten-thousandths: no floating point touches money.
///
/// Source: policy reference §2 ("define them relative to std so they move with it": 边缘
/// 1.5×, 特困 1.3×, asset caps as months of std) and §1.8 (add-ons as % of std).
public struct Rate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let scale: Int64 = 10_000

    /// The ratio × 10,000 (1.5 → 15,000; 20 % → 2,000).
    public let tenThousandths: Int64

    public init(tenThousandths: Int64) {
        self.tenThousandths = tenThousandths
    }

    public static let one = Rate(tenThousandths: scale)
    public static let zero = Rate(tenThousandths: 0)

    /// A plain decimal with at most four decimals ("1.5", "0.25", "2"); nil otherwise.
    public init?(decimal text: some StringProtocol) {
        var whole: Int64 = 0, fraction: Int64 = 0, fractionDigits = 0, sawPoint = false, digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "."):
                guard !sawPoint, digits > 0 else { return nil }
                sawPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte - UInt8(ascii: "0"))
                if sawPoint {
                    guard fractionDigits < 4 else { return nil }
                    fraction = fraction * 10 + digit
                    fractionDigits += 1
                } else {
                    guard whole < 1_000_000 else { return nil }
                    whole = whole * 10 + digit
                    digits += 1
                }
            default:
                return nil
            }
        }
        guard digits > 0, !sawPoint || fractionDigits > 0 else { return nil }
        for _ in fractionDigits..<4 { fraction *= 10 }
        tenThousandths = whole * Self.scale + fraction
    }

    /// `amount × self`, rounded by `rounding`.
    public func of(_ amount: Money, rounding: RoundingRule) -> Money {
        amount.scaled(numerator: tenThousandths, denominator: Self.scale, rounding: rounding)
    }

    /// Whether `amount × self` > `value`, taken exactly. Thresholds such as the 边缘 line
    /// (1.5 × the standard × n) are lines, not payments: rounding the product to a region's
    /// payment unit first would move the line (1.5 × 541 = 811.50, not 812).
    public func multiple(of amount: Money, exceeds value: Money) -> Bool {
        exact(value) < exact(amount, times: self)
    }

    /// Whether `amount × self` ≥ `value`, taken exactly (see above).
    public func multiple(of amount: Money, reaches value: Money) -> Bool {
        exact(value) <= exact(amount, times: self)
    }

    /// `money × rate × 10,000` at full width, so comparisons never overflow.
    private func exact(_ money: Money, times rate: Rate = .one) -> (high: Int64, low: UInt64) {
        money.fen.multipliedFullWidth(by: rate.tenThousandths)
    }

    /// "1.5", "0.2", "2".
    public var description: String {
        let whole = tenThousandths / Self.scale
        var fraction = tenThousandths % Self.scale
        guard fraction != 0 else { return String(whole) }
        var digits = 4
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
    }

    /// "150%", "20%", "12.5%".
    public var percentText: String {
        Rate(tenThousandths: tenThousandths * 100).description + "%"
    }

    public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.tenThousandths < rhs.tenThousandths }
}
