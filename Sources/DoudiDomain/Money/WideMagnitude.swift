/// An unsigned 128-bit intermediate for exact money ratios without `Int128`, which needs
/// macOS 15 while the package supports macOS 13.
struct WideMagnitude: Comparable, Sendable {
    var high: UInt64
    var low: UInt64

    init(high: UInt64 = 0, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The exact product of two 64-bit magnitudes.
    init(_ a: UInt64, times b: UInt64) {
        let product = a.multipliedFullWidth(by: b)
        self.init(high: product.high, low: product.low)
    }

    var isZero: Bool { high == 0 && low == 0 }

    func adding(_ other: UInt64) -> WideMagnitude {
        let (sum, carry) = low.addingReportingOverflow(other)
        return WideMagnitude(high: high + (carry ? 1 : 0), low: sum)
    }

    /// `self * 2`; the callers' values are below 2^127, so nothing is lost.
    var doubled: WideMagnitude {
        WideMagnitude(high: high << 1 | low >> 63, low: low << 1)
    }

    /// Quotient and remainder by a 64-bit divisor, or nil when the quotient needs more than 64 bits.
    func divided(by divisor: UInt64) -> (quotient: UInt64, remainder: UInt64)? {
        precondition(divisor > 0, "division by zero")
        guard high < divisor else { return nil }
        return divisor.dividingFullWidth((high: high, low: low))
    }

    static func < (lhs: WideMagnitude, rhs: WideMagnitude) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}
