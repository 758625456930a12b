import DoudiMatch
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
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (z ^ (z >> 31)) % 5_000
        }
        let a = (0..<3_000).map { _ in next() }
        let b = (0..<2_000).map { _ in next() }
        let expected = Set(a).intersection(Set(b)).sorted()
        #expect(IDKeySet(a).intersection(IDKeySet(b)) == expected)
        #expect(!expected.isEmpty)
    }
}
