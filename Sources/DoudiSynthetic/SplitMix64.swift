/// A seeded pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014).
///
/// The demo data must be byte-identical for the same seed on every run and every machine, so the
/// generator is written here rather than taken from the standard library (whose default generator
/// is not seedable and whose `random(in:using:)` algorithms may change between releases). All
/// bounded draws go through the helpers below for the same reason.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one purpose (one file, one county …), so that adding draws in one
    /// part of the generator does not shift the numbers every other part sees.
    public init(seed: UInt64, stream: UInt64) {
        state = Self.mix(seed ^ Self.mix(stream &+ 0x632B_E59B_D9B4_E019))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 output function; also a good 64-bit hash.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-high; the bias is below 2⁻⁴⁰ for our bounds).
    @inline(__always)
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(0)")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in `range`.
    @inline(__always)
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform value in [0, 1) with 53 random bits.
    @inline(__always)
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `p`.
    @inline(__always)
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// A triangular integer in `range` peaking at `mode`: cheap, bounded and free of `exp`/`log`,
    /// whose last bits may differ between C libraries.
    public mutating func triangular(_ range: ClosedRange<Int>, mode: Int) -> Int {
        let low = Double(range.lowerBound), high = Double(range.upperBound) + 1, peak = Double(mode) + 0.5
        let u = unit()
        let split = (peak - low) / (high - low)
        let value = u < split
            ? low + ((u * (high - low) * (peak - low)).squareRoot())
            : high - (((1 - u) * (high - low) * (high - peak)).squareRoot())
        return min(range.upperBound, max(range.lowerBound, Int(value)))
    }

    /// One element of a non-empty array.
    @inline(__always)
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
