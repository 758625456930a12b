import DoudiMatch
import DoudiSynthetic
import Testing

@Suite("DenseIndex")
struct DenseIndexTests {
    @Test("numbers identifiers 0, 1, 2… in first-seen order, through growth, as a dictionary would")
    func firstSeenOrder() {
        var generator = SplitMix64(seed: 7)
        // 30,000 identifiers seen 60,000 times, some sharing a half or the XOR of their halves.
        let distinct = (0..<30_000).map { n -> (UInt64, UInt64) in
            switch n % 3 {
            case 0: (generator.next(), generator.next())
            case 1: (UInt64(n), 0)  // the same high half pattern as n's XOR
            default: (UInt64(n) << 32, UInt64(n) << 32 ^ 1)  // every such key XORs to 1
            }
        }
        var seen = (0..<60_000).map { _ in distinct[Int(generator.next() % UInt64(distinct.count))] }
        seen += distinct
        // MUT
        var index = DenseIndex(capacity: 10)
        let numbered = seen.map { index.index(high: $0.0, low: $0.1) }
        // validate
        var expected: [String: UInt32] = [:]
        for (key, got) in zip(seen, numbered) {
            let name = "\(key.0)-\(key.1)"
            let known = expected[name]
            if known == nil { expected[name] = UInt32(expected.count) }
            #expect(got.index == expected[name]! && got.inserted == (known == nil))
        }
        #expect(index.count == expected.count && index.count == 30_000)
        #expect(index.index(ofHigh: distinct[12_345].0, low: distinct[12_345].1) == expected["\(distinct[12_345].0)-\(distinct[12_345].1)"])
        #expect(index.index(ofHigh: 1, low: 2) == nil)
    }
}
