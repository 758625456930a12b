import Foundation
import Testing
@testable import DoudiDomain

@Suite struct RoundingRuleTests {
    private func rule(_ unit: RoundingUnit, _ mode: RoundingMode) -> RoundingRule {
        RoundingRule(unit: unit, mode: mode)
    }

    @Test func unitsInFen() {
        #expect(RoundingUnit.fen.fen == 1 && RoundingUnit.jiao.fen == 10 && RoundingUnit.yuan.fen == 100)
    }

    @Test func halvesByMode() {
        // 1/2 fen and −1/2 fen.
        #expect(rule(.fen, .halfUp).apply(numerator: 1, denominator: 2) == 1)
        #expect(rule(.fen, .halfUp).apply(numerator: -1, denominator: 2) == -1)
        #expect(rule(.fen, .halfEven).apply(numerator: 1, denominator: 2) == 0)
        #expect(rule(.fen, .halfEven).apply(numerator: 3, denominator: 2) == 2)
        #expect(rule(.fen, .halfEven).apply(numerator: -3, denominator: 2) == -2)
        #expect(rule(.fen, .down).apply(numerator: -3, denominator: 2) == -1)
        #expect(rule(.fen, .up).apply(numerator: -3, denominator: 2) == -2)
        #expect(rule(.fen, .up).apply(numerator: 1, denominator: 3) == 1)
        #expect(rule(.fen, .down).apply(numerator: 2, denominator: 3) == 0)
    }

    @Test func roundsMoneyToJiaoAndYuan() {
        let amount = Money(fen: 12_345) // 123.45
        #expect(rule(.jiao, .halfUp).round(amount) == Money(fen: 12_350))
        #expect(rule(.jiao, .halfEven).round(amount) == Money(fen: 12_340))
        #expect(rule(.jiao, .down).round(amount) == Money(fen: 12_340))
        #expect(rule(.jiao, .up).round(amount) == Money(fen: 12_350))
        #expect(rule(.yuan, .halfUp).round(Money(fen: 50)) == Money(fen: 100))
        #expect(rule(.yuan, .halfEven).round(Money(fen: 50)) == Money(fen: 0))
        #expect(rule(.yuan, .halfEven).round(Money(fen: 150)) == Money(fen: 200))
        #expect(rule(.yuan, .halfUp).round(Money(fen: -50)) == Money(fen: -100))
        #expect(rule(.yuan, .down).round(Money(fen: -99)) == Money(fen: 0))
        #expect(rule(.yuan, .up).round(Money(fen: -1)) == Money(fen: -100))
        #expect(RoundingRule.fenHalfUp.round(amount) == amount)
        #expect(rule(.yuan, .halfUp).round(Money(fen: 49)) == .zero)
    }

    /// An independent formulation on small values: scale everything by 2·d·u so halves become integers.
    private func reference(_ n: Int64, _ d: Int64, _ unit: Int64, _ mode: RoundingMode) -> Int64 {
        let negative = (n < 0) != (d < 0) && n != 0
        let a = n.magnitude, b = d.magnitude * UInt64(unit)
        let q: UInt64
        switch mode {
        case .down: q = a / b
        case .up: q = (a + b - 1) / b
        case .halfUp: q = (2 * a + b) / (2 * b)
        case .halfEven:
            let floor = a / b, twice = 2 * (a % b)
            q = twice > b || (twice == b && floor % 2 == 1) ? floor + 1 : floor
        }
        let result = Int64(q) * unit
        return negative ? -result : result
    }

    @Test func agreesWithReferenceOnRandomRatios() {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<20_000 {
            let n = Int64.random(in: -2_000_000...2_000_000, using: &rng)
            var d = Int64.random(in: -1_000...1_000, using: &rng)
            if d == 0 { d = 7 }
            let unit = RoundingUnit.allCases.randomElement(using: &rng)!
            let mode = RoundingMode.allCases.randomElement(using: &rng)!
            #expect(RoundingRule(unit: unit, mode: mode).apply(numerator: n, denominator: d)
                == reference(n, d, unit.fen, mode), "\(n)/\(d) \(unit) \(mode)")
        }
    }

    @Test func resultIsAlwaysAMultipleOfTheUnitAndWithinOneUnit() {
        var rng = SplitMix64(seed: 6)
        for _ in 0..<5_000 {
            let n = Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &rng)
            let d = Int64.random(in: 1...10_000, using: &rng)
            for unit in RoundingUnit.allCases {
                for mode in RoundingMode.allCases {
                    let result = RoundingRule(unit: unit, mode: mode).apply(numerator: n, denominator: d)
                    #expect(result % unit.fen == 0)
                    // |result·d − n| < unit·d
                    #expect((result * d - n).magnitude < UInt64(unit.fen * d))
                }
            }
        }
    }

    @Test func zeroDenominatorTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = RoundingRule.fenHalfUp.apply(numerator: 1, denominator: 0)
        }
    }

    @Test func codable() throws {
        let rule = RoundingRule(unit: .jiao, mode: .halfEven)
        let data = try JSONEncoder().encode(rule)
        #expect(try JSONDecoder().decode(RoundingRule.self, from: data) == rule)
        #expect(String(decoding: data, as: UTF8.self).contains(#""mode":"halfEven""#))
    }
}
