import DoudiDomain
import Testing

/// 山东: the urban standard within 25–35 % of last year's monthly per-capita consumption;
/// 淄博's urban standard is 924. The band's ends are lines, compared exactly.
@Suite("Standard compliance")
struct StandardComplianceTests {
    static let parameters: DibaoParameters = {
        do {
            return try DibaoParameters(book: PolicyCaseTests.book, region: RegionCode(prefix: "370321")!, on: CivilDate(iso: "2024-05-01")!)
        } catch { fatalError("\(error)") }
    }()

    func verdict(_ yuan: String) -> StandardCompliance.Verdict {
        StandardCompliance.check(area: .urban, annualConsumption: Money(yuanText: yuan)!, parameters: Self.parameters).verdict
    }

    @Test("a standard exactly on either end of the band is within it; a fen of consumption past an end is not")
    func ends() {
        // 924 × 12 ÷ 25 % = 44,352: the low end is exactly 924.
        #expect(verdict("44352") == .within)
        #expect(verdict("44352.01") == .below, "the low line is 924.0003…, above the standard, though it shows as 924.00")
        // 924 × 12 ÷ 35 % = 31,680: the high end is exactly 924.
        #expect(verdict("31680") == .within)
        #expect(verdict("31679.99") == .above)
    }

    @Test("the band's ends are shown to the fen")
    func lines() {
        let result = StandardCompliance.check(area: .rural, annualConsumption: Money(yuan: 20_000), parameters: Self.parameters)
        // 20,000 ÷ 12 × 35 % = 583.333…, × 45 % = 750.
        #expect(result.low == Money(fen: 58_333) && result.high == Money(fen: 75_000))
        #expect(result.verdict == .above, "淄博's rural 801 is above 750")
    }
}
