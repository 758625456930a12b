/// A fixed discrete distribution: values with integer weights, drawn in O(log n).
///
/// Weights are integers (per mille, per ten-thousand …) so a table reads like the statistics it
/// was taken from, and no floating-point sum can differ between platforms.
struct WeightedTable<Value: Sendable>: Sendable {
    private let values: [Value]
    private let cumulative: [Int]

    init(_ entries: [(Value, Int)]) {
        precondition(!entries.isEmpty, "empty WeightedTable")
        var running = 0
        var values: [Value] = []
        var cumulative: [Int] = []
        for (value, weight) in entries where weight > 0 {
            running += weight
            values.append(value)
            cumulative.append(running)
        }
        precondition(running > 0, "WeightedTable without weight")
        self.values = values
        self.cumulative = cumulative
    }

    var total: Int { cumulative[cumulative.count - 1] }

    func draw(_ rng: inout SplitMix64) -> Value {
        let target = rng.below(total)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return values[low]
    }
}
