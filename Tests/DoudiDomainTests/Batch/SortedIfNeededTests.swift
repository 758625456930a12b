@testable import DoudiDomain
import Testing

@Suite("sortedIfNeeded")
struct SortedIfNeededTests {
    @Test("gives what a stable sort gives, in order or not, with equal keys kept in their order")
    func matchesSorted() {
        var generator = SplitMix64(seed: 7)
        for count in [0, 1, 2, 3, 5, 17] {
            for _ in 0..<50 {
                // (key, position): equal keys must keep their positions' order.
                var values = (0..<count).map { ((Int.random(in: 0..<4, using: &generator)), $0) }
                if Bool.random(using: &generator) { values.sort { $0.0 < $1.0 } }
                let byKey: ((Int, Int), (Int, Int)) -> Bool = { $0.0 < $1.0 }
                #expect(values.sortedIfNeeded(by: byKey).map(\.1) == values.sorted(by: byKey).map(\.1))
            }
        }
    }
}
