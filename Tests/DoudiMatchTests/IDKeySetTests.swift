import DoudiMatch
import DoudiSynthetic
import Testing

@Suite("IDKeySet")
struct IDKeySetTests {
    @Test("sorts, de-duplicates and finds keys")
    func membership() {
        let set = IDKeySet([42, 7, 42, 1_000_000_000_000_000, 7, 3])
        #expect(set.keys == [3, 7, 42, 1_000_000_000_000_000])
        #expect(set.contains(42) && set.contains(3) && set.contains(1_000_000_000_000_000))
        #expect(!set.contains(0) && !set.contains(8) && !set.contains(UInt64.max))
        #expect(!IDKeySet([]).contains(1))
    }

    @Test("intersection equals the set-algebra intersection on random columns")
    func intersection() {
        var generator = SplitMix64(seed: 0)
        func next() -> UInt64 { generator.next() % 5_000 }
        let a = (0..<3_000).map { _ in next() }
        let b = (0..<2_000).map { _ in next() }
        let expected = Set(a).intersection(Set(b)).sorted()
        #expect(IDKeySet(a).intersection(IDKeySet(b)) == expected)
        #expect(!expected.isEmpty)
    }
}
