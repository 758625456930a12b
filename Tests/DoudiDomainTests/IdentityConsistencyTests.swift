import DoudiDomain
import Testing

@Suite("Identity consistency")
struct IdentityConsistencyTests {
    static let today = CivilDate(iso: "2026-11-23")!

    static func number(_ body17: String) -> RecordedIDNumber {
        RecordedIDNumber(validating: body17 + String(CitizenID.checkCharacter(forBody: body17)!), today: today)
    }

    func problems(_ facts: IdentityConsistency.Facts) -> [IdentityProblem] {
        IdentityProblem.decode(IdentityConsistency.problems(facts, on: Self.today, elderlyAge: 60, adultAge: 18))
    }

    @Test("a consistent identity has no problem; each inconsistency is its own bit")
    func bits() {
        // 1966-11-23, sequence 003: male (odd).
        let man = Self.number("37032119661123003")
        #expect(problems(.init(number: man, sex: .male, birthDate: CivilDate(iso: "1966-11-23"), program: .dibao, categories: [])).isEmpty)
        #expect(problems(.init(number: man, sex: .female, birthDate: nil, program: .dibao, categories: [])) == [.sexMismatch])
        #expect(problems(.init(number: man, sex: nil, birthDate: CivilDate(iso: "1966-11-24"), program: .dibao, categories: []))
            == [.birthDateMismatch])
        let invalid = RecordedIDNumber(validating: "370321196611230030", today: Self.today)
        #expect(!invalid.isValid && problems(.init(number: invalid, sex: .male, birthDate: nil, program: .dibao, categories: [])) == [.invalidNumber])
    }

    @Test("ages against categories: elderly from the 60th birthday, minors and orphans until the 18th")
    func ages() {
        let sixty = Self.number("37032119661123003"), almostSixty = Self.number("37032119661124003")
        #expect(problems(.init(number: sixty, sex: nil, birthDate: nil, program: .dibao, categories: [.elderly])).isEmpty)
        #expect(problems(.init(number: almostSixty, sex: nil, birthDate: nil, program: .dibao, categories: [.elderly])) == [.ageCategory])
        let eighteen = Self.number("37032120081123002"), seventeen = Self.number("37032120081124002")
        #expect(problems(.init(number: eighteen, sex: nil, birthDate: nil, program: .orphan, categories: [])) == [.ageCategory])
        #expect(problems(.init(number: seventeen, sex: nil, birthDate: nil, program: .orphan, categories: [])).isEmpty)
        #expect(problems(.init(number: eighteen, sex: nil, birthDate: nil, program: .dibao, categories: [.minor])) == [.ageCategory])
    }
}
