import Foundation
import Testing
@testable import DoudiDomain

/// Properties over many generated numbers, with a fixed seed so failures reproduce.
@Suite struct CitizenIDPropertyTests {
    static let today = CivilDate(iso: "2026-11-23")!
    static let codes = AddressCodeHistory.bundled.codes
    static let alphabet: [Character] = Array("0123456789X")

    /// A random valid number: known address code, birth date 1900-01-01…today, any sequence.
    private static func randomValid(_ rng: inout SplitMix64) -> String {
        let code = codes.randomElement(using: &rng)!
        let first = CivilDate(iso: "1900-01-01")!.daysSinceEpoch
        let birth = CivilDate(daysSinceEpoch: Int.random(in: first...today.daysSinceEpoch, using: &rng))
        let sequence = Int.random(in: 0...999, using: &rng)
        let body = code + birth.iso.replacingOccurrences(of: "-", with: "") + String(String(sequence + 1000).dropFirst())
        return body + String(CitizenID.checkCharacter(forBody: body)!)
    }

    @Test func randomValidNumbersValidateAndRoundTrip() throws {
        var rng = SplitMix64(seed: 11_643)
        for _ in 0..<12_000 {
            let raw = Self.randomValid(&rng)
            let result = CitizenID.validate(raw, today: Self.today)
            let id = try #require(result.citizenID, "\(raw) should be valid")
            #expect(result.warnings.isEmpty)
            #expect(id.value == raw)
            #expect(CitizenID(packedKey: id.packedKey) == id)
            let facts = try #require(CitizenID.packedFacts(id.packedKey))
            #expect(facts.sex == id.sex && facts.birthDate == id.birthDate)
            #expect(id.addressCode == String(raw.prefix(6)))
            #expect(id.birthDate.iso.replacingOccurrences(of: "-", with: "") == String(raw.dropFirst(6).prefix(8)))
            #expect(id.sex == (id.sequence % 2 == 1 ? .male : .female))
            #expect(CitizenID.validate(raw.lowercased(), today: Self.today).citizenID == id)
        }
    }

    @Test func packedFactsRefuseKeysWithoutARealDate() {
        #expect(CitizenID.packedFacts(370_321_2023_0229_001) == nil)
        #expect(CitizenID.packedFacts(370_321_2024_1301_001) == nil)
        #expect(CitizenID.packedFacts(100_000_000_000_000_000) == nil)
        #expect(CitizenID.packedFacts(370_321_2024_0229_002)?.sex == .female)
    }

    @Test func everySingleSubstitutionAndAdjacentTranspositionIsRejected() {
        var rng = SplitMix64(seed: 7_064)
        var checked = 0
        for _ in 0..<10_000 {
            let chars = Array(Self.randomValid(&rng))
            // One random substitution …
            let position = Int.random(in: 0..<18, using: &rng)
            let choices = (position == 17 ? Self.alphabet : Array(Self.alphabet.prefix(10))).filter { $0 != chars[position] }
            var substituted = chars
            substituted[position] = choices.randomElement(using: &rng)!
            #expect(!CitizenID.validate(String(substituted), today: Self.today).isValid, "\(String(substituted))")
            // … and every adjacent transposition of unequal characters, the check character included.
            for index in 0..<17 where chars[index] != chars[index + 1] {
                var swapped = chars
                swapped.swapAt(index, index + 1)
                #expect(!CitizenID.validate(String(swapped), today: Self.today).isValid, "\(String(swapped))")
                checked += 1
            }
        }
        #expect(checked > 100_000)
    }

    /// Exhaustive on one number: all 17 × 9 + 10 substitutions and all transpositions.
    @Test func exhaustiveOnOneNumber() {
        let chars = Array("11010519491231002X")
        for position in 0..<18 {
            for replacement in (position == 17 ? Self.alphabet : Array(Self.alphabet.prefix(10))) where replacement != chars[position] {
                var changed = chars
                changed[position] = replacement
                #expect(!CitizenID.validate(String(changed), today: Self.today).isValid)
            }
        }
        for index in 0..<17 where chars[index] != chars[index + 1] {
            var swapped = chars
            swapped.swapAt(index, index + 1)
            #expect(!CitizenID.validate(String(swapped), today: Self.today).isValid)
        }
    }

    /// The arithmetic behind the claim, for all positions and values: with the check character weighted 1
    /// (ISO 7064: weight 2^(17−i) mod 11, value 10 for X), a substitution changes the weighted sum by
    /// w·(b−a) and a transposition by (wᵢ−wᵢ₊₁)·(b−a); neither is ever ≡ 0 mod 11.
    @Test func mod11DetectionIsAProperty() {
        let weights = CitizenID.weights + [1]
        for (index, weight) in weights.enumerated() {
            #expect(weight == (1 << (17 - index)) % 11)
        }
        for position in 0..<18 {
            let values = position == 17 ? 0...10 : 0...9
            for a in values {
                for b in values where a != b {
                    #expect((weights[position] * (b - a)) % 11 != 0)
                }
            }
        }
        for index in 0..<17 {
            let values = index == 16 ? 0...10 : 0...9
            for a in 0...9 {
                for b in values where a != b {
                    #expect(((weights[index] - weights[index + 1]) * (b - a)) % 11 != 0)
                }
            }
        }
    }
}
