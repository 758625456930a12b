@testable import DoudiMatch
import DoudiSynthetic
import Testing

/// The radix sort the engine orders the roll with must give exactly the order of a plain
/// comparison sort by (key, row): the merges and the choice of which row of a duplicate
/// pair is reported both rest on it.
@Suite("Roll order")
struct RollOrderTests {
    @Test("equals a comparison sort by key then row, with invalid numbers, ties and keys in every 16-bit digit")
    func matchesComparisonSort() {
        var generator = SplitMix64(seed: 0x5EED)
        func next() -> UInt64 { generator.next() }
        for size in [0, 1, 2, 1_000, 70_000] {
            var roll = RollColumns()
            var earlier: [UInt64] = []
            for _ in 0..<size {
                let pick = next() % 10
                // Invalid numbers, repeats of earlier keys, keys that differ only in high or low bits, and random keys.
                let key: UInt64 = pick == 0 ? 0 : pick < 3 && !earlier.isEmpty ? earlier[Int(next() % UInt64(earlier.count))]
                    : pick == 3 ? next() & 0xFFFF : pick == 4 ? next() << 48 : next()
                earlier.append(key)
                roll.append(key: key, person: 0, enrollment: 0, program: 0, inForce: true, region: 0, lastPaid: 0, identityProblems: 0)
            }
            let (rows, keys) = roll.orderByKey()
            let expected = (0..<Int32(size)).sorted { (roll.keys[Int($0)], $0) < (roll.keys[Int($1)], $1) }
            #expect(rows == expected)
            #expect(keys == expected.map { roll.keys[Int($0)] })
        }
    }

    @Test("a roll whose keys share their high digits still sorts")
    func sharedDigits() {
        var roll = RollColumns()
        for key: UInt64 in [5, 3, 3, 0, 9, 1] {
            roll.append(key: key, person: 0, enrollment: 0, program: 0, inForce: true, region: 0, lastPaid: 0, identityProblems: 0)
        }
        #expect(roll.orderByKey().rows == [3, 5, 1, 2, 0, 4])
    }
}
