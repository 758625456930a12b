import Foundation
import Testing
@testable import DoudiDomain

@Suite struct MoneyTests {
    private func yuan(_ text: String) -> Money {
        guard let money = Money(yuanText: text) else { preconditionFailure("bad fixture \(text)") }
        return money
    }

    @Test(arguments: [("1234", 123_400), ("1234.5", 123_450), ("1234.56", 123_456), ("-0.05", -5), ("0", 0),
                      ("-0", 0), ("007.10", 710), ("92233720368547758.07", Int64.max),
                      ("-92233720368547758.07", -Int64.max)] as [(String, Int64)])
    func parsesYuanText(_ text: String, _ fen: Int64) {
        #expect(Money(yuanText: text) == Money(fen: fen))
    }

    @Test(arguments: ["", "-", ".5", "1.", "1.234", "1e3", "1,234", "1 234", " 1", "1 ", "+1", "--1", "1.-5",
                      "¥1", "１２", "0x10", "1.2.3", "92233720368547758.08", "99999999999999999999", "NaN"])
    func rejectsMalformedYuanText(_ text: String) {
        #expect(Money(yuanText: text) == nil)
    }

    @Test func yuanTextAlwaysHasTwoDecimals() {
        #expect(Money(fen: 123_450).yuanText == "1234.50")
        #expect(Money(fen: -5).yuanText == "-0.05")
        #expect(Money(fen: 0).yuanText == "0.00")
        #expect(Money(fen: 7).description == "0.07")
        #expect(Money(fen: Int64.min).yuanText == "-92233720368547758.08")
    }

    @Test func yuanTextRoundTrips() {
        var rng = SplitMix64(seed: 99)
        for _ in 0..<5_000 {
            let money = Money(fen: Int64.random(in: -Int64.max...Int64.max, using: &rng) >> Int64.random(in: 0...60, using: &rng))
            #expect(Money(yuanText: money.yuanText) == money)
        }
    }

    @Test func formattedForPeople() {
        #expect(Money(fen: 123_450).formatted == "¥1,234.50")
        #expect(Money(fen: 5).formatted == "¥0.05")
        #expect(Money(fen: 12_300).formatted == "¥123.00")
        #expect(Money(fen: 100_000).formatted == "¥1,000.00")
        #expect(Money(fen: -123_456_789).formatted == "-¥1,234,567.89")
        #expect(Money(fen: 99_999_999).formatted == "¥999,999.99")
    }

    @Test func arithmetic() {
        #expect(yuan("850") + yuan("0.5") == yuan("850.50"))
        #expect(yuan("850") - yuan("900") == yuan("-50"))
        #expect(yuan("541") * 3 == yuan("1623"))
        #expect(3 * yuan("541") == yuan("1623"))
        #expect(-yuan("1.5") == yuan("-1.5"))
        #expect(Money(yuan: 710) == Money(fen: 71_000))
        #expect(Money.zero == Money(fen: 0))
        #expect([yuan("1.10"), yuan("2.20"), yuan("3.30")].reduce(.zero, +) == yuan("6.60"))
        #expect(yuan("-1") < yuan("0.01"))
        #expect(yuan("-1").isNegative && !Money.zero.isNegative)
        var total = Money.zero
        total += yuan("0.01")
        total -= yuan("0.02")
        #expect(total == yuan("-0.01"))
    }

    @Test func additionOverflowTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = Money(fen: .max) + Money(fen: 1)
        }
    }

    @Test func multiplicationOverflowTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = Money(fen: .max / 2 + 1) * 2
        }
    }

    @Test func scaledByRatios() {
        // 特困 basic living = 1.3 × 低保 std: 850 → 1105 (衢州 2023, policy reference §2.1).
        #expect(yuan("850").scaled(numerator: 13, denominator: 10, rounding: .fenHalfUp) == yuan("1105"))
        // 低保边缘 threshold 1.5 × std: 710 → 1065.
        #expect(yuan("710").scaled(numerator: 3, denominator: 2, rounding: .fenHalfUp) == yuan("1065"))
        // 20 % of 1234.57 = 246.914.
        #expect(yuan("1234.57").scaled(numerator: 1, denominator: 5, rounding: .fenHalfUp) == yuan("246.91"))
        let jiaoDown = RoundingRule(unit: .jiao, mode: .down)
        #expect(yuan("1234.57").scaled(numerator: 1, denominator: 5, rounding: jiaoDown) == yuan("246.90"))
        let yuanUp = RoundingRule(unit: .yuan, mode: .up)
        #expect(yuan("1234.57").scaled(numerator: 1, denominator: 5, rounding: yuanUp) == yuan("247"))
        #expect(yuan("-1234.57").scaled(numerator: 1, denominator: 5, rounding: yuanUp) == yuan("-247"))
        #expect(yuan("1234.57").scaled(numerator: -1, denominator: -5, rounding: .fenHalfUp) == yuan("246.91"))
        #expect(yuan("1234.57").scaled(numerator: 1, denominator: -5, rounding: .fenHalfUp) == yuan("-246.91"))
        #expect(Money.zero.scaled(numerator: -3, denominator: 7, rounding: yuanUp) == .zero)
    }

    @Test func scaledUsesExactWideIntermediates() {
        // The product max × 3 needs 65 bits; the result is exact.
        #expect(Money(fen: .max).scaled(numerator: 3, denominator: 3, rounding: .fenHalfUp) == Money(fen: .max))
        #expect(Money(fen: .max).scaled(numerator: .max, denominator: .max, rounding: .fenHalfUp) == Money(fen: .max))
        #expect(Money(fen: -.max).scaled(numerator: 1_000_000, denominator: 1_000_000, rounding: .fenHalfUp)
            == Money(fen: -.max))
        #expect(Money(fen: 1).scaled(numerator: 1, denominator: .max, rounding: RoundingRule(unit: .fen, mode: .up))
            == Money(fen: 1))
        #expect(Money(fen: Int64.max - 1).scaled(numerator: Int64.max - 2, denominator: Int64.max - 1,
                                                 rounding: .fenHalfUp) == Money(fen: Int64.max - 2))
    }

    @Test func scaledOverflowTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = Money(fen: .max).scaled(numerator: 2, denominator: 1, rounding: .fenHalfUp)
        }
    }

    @Test func codableAsIntegerFen() throws {
        let data = try JSONEncoder().encode([Money(fen: 123_450)])
        #expect(String(decoding: data, as: UTF8.self) == "[123450]")
        #expect(try JSONDecoder().decode([Money].self, from: data) == [Money(fen: 123_450)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Money].self, from: Data("[1.5]".utf8)) }
    }
}
