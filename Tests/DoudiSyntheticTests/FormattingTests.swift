@testable import DoudiSynthetic
import DoudiDomain
import Testing

@Suite("Fast formatting agrees with the domain types")
struct FormattingTests {
    @Test("dates, months and yuan amounts print exactly as CivilDate, MonthPeriod and Money do")
    func agreement() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<5_000 {
            let date = CivilDate(daysSinceEpoch: rng.int(-30_000...40_000))
            #expect(FastText.date(date) == date.iso)
            #expect(FastText.month(MonthPeriod(containing: date)) == MonthPeriod(containing: date).iso)
            let fen = Int64(rng.int(-2_000_000...90_000_000))
            #expect(FastText.yuan(fen: fen) == Money(fen: fen).yuanText)
        }
        #expect(FastText.yuan(fen: 0) == Money(fen: 0).yuanText)
        #expect(FastText.yuan(fen: -5) == Money(fen: -5).yuanText)
    }

    @Test("apportioning keeps the total exactly")
    func apportion() {
        #expect(Apportion.split(10, weights: [1, 1, 1]) == [3, 3, 4])
        #expect(Apportion.split(2_000_000, weights: [3, 2, 3, 3, 2]).reduce(0, +) == 2_000_000)
        #expect(Apportion.split(0, weights: [5, 7]) == [0, 0])
    }

    @Test("card numbers carry a valid Luhn digit")
    func luhn() {
        #expect(BankAccountFactory.luhnCheck([7, 9, 9, 2, 7, 3, 9, 8, 7, 1]) == 3)
        var rng = SplitMix64(seed: 1)
        let account = BankAccountFactory.make(countyShortName: "桓台", &rng)
        #expect(account.number.count == 19)
    }
}
