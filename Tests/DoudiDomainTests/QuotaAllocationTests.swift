import DoudiDomain
import Testing

/// 分配低保指标 signals on hand-made townships: allocated rates are flagged with the statistic,
/// assessed ones are not.
@Suite("Quota allocation signals")
struct QuotaAllocationTests {
    static func village(_ township: Int, _ index: Int, _ registered: Int, _ covered: Int) -> QuotaAllocation.Village {
        QuotaAllocation.Village(code: RegionCode("370321\(String(format: "%03d", township))\(String(format: "%03d", 200 + index))")!,
                                registered: registered, covered: covered)
    }

    @Test("five villages at exactly 5 % of their population: flagged, the statistic shown")
    func wholePercent() {
        let villages = [(1_200, 60), (900, 45), (2_000, 100), (1_400, 70), (800, 40)].enumerated().map { Self.village(1, $0, $1.0, $1.1) }
        let signals = QuotaAllocation.signals(villages)
        #expect(signals.count == 1)
        let signal = signals[0]
        #expect(signal.township == RegionCode("370321001000")! && signal.villages == 5 && signal.wholePercent == 5)
        #expect(signal.modalBasisPoints == 500 && signal.modalCount == 5 && signal.facts["modal_rate"] == "5.00")
    }

    @Test("three of five villages on one uneven rate: flagged; rates that differ as assessment makes them: not")
    func identicalRates() {
        let same = [(1_203, 61), (1_203, 61), (1_203, 61), (977, 40), (1_530, 88)].enumerated().map { Self.village(2, $0, $1.0, $1.1) }
        let signal = QuotaAllocation.signals(same).first
        #expect(signal?.modalCount == 3 && signal?.wholePercent == 0 && signal?.facts["modal_rate"] == "5.07")
        let assessed = [(1_203, 61), (977, 40), (1_530, 88), (2_311, 97), (1_044, 57)].enumerated().map { Self.village(3, $0, $1.0, $1.1) }
        #expect(QuotaAllocation.signals(assessed).isEmpty)
    }

    @Test("a township with fewer than four villages on 低保 is not judged; villages nobody is on are left out")
    func tooFew() {
        let villages = [(1_000, 50), (1_000, 50), (1_000, 50), (1_000, 0), (0, 0)].enumerated().map { Self.village(4, $0, $1.0, $1.1) }
        #expect(QuotaAllocation.signals(villages).isEmpty)
    }
}
