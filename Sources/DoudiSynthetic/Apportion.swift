/// Splits a whole number over weighted parts so the parts add up exactly to the total
/// (cumulative rounding: part i gets ⌊T·Cᵢ/W⌋ − ⌊T·Cᵢ₋₁/W⌋).
enum Apportion {
    static func split(_ total: Int, weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var result: [Int] = []
        result.reserveCapacity(weights.count)
        var cumulative = 0, previous = 0
        for weight in weights {
            cumulative += weight
            let upTo = Int((Int64(total) * Int64(cumulative)) / Int64(sum))
            result.append(upTo - previous)
            previous = upTo
        }
        return result
    }
}
