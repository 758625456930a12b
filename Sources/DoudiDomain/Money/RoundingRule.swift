/// A rounding unit and mode, e.g. "to the jiao, half up" — the form in which local rules state how
/// a computed benefit is rounded.
///
/// Source: policy reference §5 item 3 (benefit = (std − per-capita income) × n, ratios such as
/// 1.3 × std for 特困 and 1.5 × std for 低保边缘 in §2); the unit and mode are set per region because
/// the national rules leave rounding to local payment practice.
public struct RoundingRule: Hashable, Sendable, Codable {
    public var unit: RoundingUnit
    public var mode: RoundingMode

    public init(unit: RoundingUnit, mode: RoundingMode) {
        self.unit = unit
        self.mode = mode
    }

    /// To the fen, half away from zero: the default for amounts that are already in fen.
    public static let fenHalfUp = RoundingRule(unit: .fen, mode: .halfUp)

    /// The exact value `numerator / denominator` (in fen) rounded to a multiple of `unit`, in fen.
    /// Traps when `denominator` is 0 or the result does not fit in `Int64`.
    public func apply(numerator: Int64, denominator: Int64) -> Int64 {
        apply(product: WideMagnitude(numerator.magnitude, times: 1),
              negative: numerator < 0, denominator: denominator)
    }

    /// `m` rounded to `unit`.
    public func round(_ m: Money) -> Money {
        Money(fen: apply(numerator: m.fen, denominator: 1))
    }

    /// Rounds `±product / denominator` fen; `product` is a magnitude so callers can pass 128-bit products.
    func apply(product: WideMagnitude, negative: Bool, denominator: Int64) -> Int64 {
        precondition(denominator != 0, "RoundingRule: denominator is zero")
        let isNegative = negative != (denominator < 0) && !product.isZero
        let divisor = denominator.magnitude
        guard let (wholeFen, fenRemainder) = product.divided(by: divisor) else {
            preconditionFailure("RoundingRule: result overflows Int64")
        }
        let unitFen = unit.fen.magnitude
        var units = wholeFen / unitFen
        // Exact value in units = units + (unitRemainder * divisor + fenRemainder) / (divisor * unitFen).
        let fraction = WideMagnitude(wholeFen % unitFen, times: divisor).adding(fenRemainder)
        let whole = WideMagnitude(divisor, times: unitFen)
        let roundsAway: Bool
        switch mode {
        case .down: roundsAway = false
        case .up: roundsAway = !fraction.isZero
        case .halfUp: roundsAway = !(fraction.doubled < whole)
        case .halfEven:
            let twice = fraction.doubled
            roundsAway = whole < twice || (twice == whole && units % 2 == 1)
        }
        if roundsAway { units += 1 }
        let (magnitude, overflow) = units.multipliedReportingOverflow(by: unitFen)
        precondition(!overflow, "RoundingRule: result overflows Int64")
        if isNegative {
            precondition(magnitude <= Int64.min.magnitude, "RoundingRule: result overflows Int64")
            return magnitude == Int64.min.magnitude ? Int64.min : -Int64(magnitude)
        }
        precondition(magnitude <= UInt64(Int64.max), "RoundingRule: result overflows Int64")
        return Int64(magnitude)
    }
}
