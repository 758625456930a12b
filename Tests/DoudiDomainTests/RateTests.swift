import DoudiDomain
import Testing

@Suite("Rate")
struct RateTests {
    @Test("decimals are read exactly, to four places, and nothing else is")
    func parsing() {
        #expect(Rate(decimal: "1.5")?.tenThousandths == 15_000)
        #expect(Rate(decimal: "0.0001")?.tenThousandths == 1)
        #expect(Rate(decimal: "2")?.description == "2")
        for bad in ["", ".5", "1.", "1.23456", "-0.2", "1,5", "0x1"] { #expect(Rate(decimal: bad) == nil, "\(bad)") }
    }

    @Test("a line such as 1.5 × the standard is compared exactly, never rounded first")
    func exactLines() throws {
        let edge = try #require(Rate(decimal: "1.5")), standard = Money(yuan: 541)
        // 1.5 × 541 = 811.50: a yuan-rounded line would be 812.
        #expect(edge.multiple(of: standard, exceeds: Money(fen: 81_149)))
        #expect(!edge.multiple(of: standard, exceeds: Money(fen: 81_150)))
        #expect(edge.multiple(of: standard, reaches: Money(fen: 81_150)))
        #expect(!edge.multiple(of: standard, reaches: Money(fen: 81_151)))
        // Large rolls: a county's whole-year total does not overflow the comparison.
        let huge = Money(fen: Int64.max / 2)
        #expect(edge.multiple(of: huge, exceeds: huge))
    }
}
