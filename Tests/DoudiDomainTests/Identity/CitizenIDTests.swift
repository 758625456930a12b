import Foundation
import Testing
@testable import DoudiDomain

@Suite struct CitizenIDTests {
    static let today = CivilDate(iso: "2026-11-23")!

    private func validate(_ raw: String, codes: AddressCodeHistory? = .bundled) -> CitizenIDValidation {
        CitizenID.validate(raw, today: Self.today, addressCodes: codes)
    }

    /// A full number with the correct check character for `body`.
    static func withCheck(_ body: String) -> String {
        body + String(CitizenID.checkCharacter(forBody: body)!)
    }

    @Test func checkCharacterOfDocumentedExamples() {
        #expect(CitizenID.checkCharacter(forBody: "11010519491231002") == "X")
        #expect(CitizenID.checkCharacter(forBody: "44052418800101001") == "4")
        #expect(CitizenID.checkCharacter(forBody: "11010219840406970") == "X")
        #expect(CitizenID.checkCharacter(forBody: "53010219200508011") == "X")
        #expect(CitizenID.checkCharacter(forBody: "44052418800101536") == "8")
        #expect(CitizenID.checkCharacter(forBody: "11010519491231002"[...]) == "X")
    }

    @Test(arguments: ["", "1101051949123100", "110105194912310021", "1101051949123100A", "１1010519491231002"])
    func checkCharacterNeedsSeventeenASCIIDigits(_ body: String) {
        #expect(CitizenID.checkCharacter(forBody: body) == nil)
    }

    @Test(arguments: ["11010519491231002X", "440524188001010014", "11010219840406970X", "53010219200508011X",
                      "440524188001015368"])
    func documentedValidNumbers(_ raw: String) {
        let result = validate(raw)
        #expect(result.citizenID?.value == raw)
        #expect(result.warnings.isEmpty)
    }

    /// Policy reference §3.1: the last two are labelled "合法" in some public repositories but fail.
    @Test(arguments: ["110105194912310021", "440524189001010014", "110105195001010014", "110105195001010027"])
    func documentedInvalidNumbersFailTheChecksum(_ raw: String) {
        #expect(validate(raw).failure == .checksum)
    }

    @Test func eachFailureReason() {
        #expect(validate("").failure == .empty)
        #expect(validate(" \t\n").failure == .empty)
        #expect(validate("11010519491231002").failure == .length)
        #expect(validate("11010519491231002X1").failure == .length)
        #expect(validate("12345").failure == .length)
        #expect(validate("1101051949123100AX").failure == .character)
        #expect(validate("11010519491231002Y").failure == .character)
        #expect(validate("1101051949X231002X").failure == .character)
        #expect(validate("11010519491231００2X").failure == .character)
        #expect(validate("11010549123100X").failure == .character)
        #expect(validate(Self.withCheck("99010519491231002")).failure == .impossibleProvince)
        #expect(validate(Self.withCheck("00010519491231002")).failure == .impossibleProvince)
        #expect(validate(Self.withCheck("72010519491231002")).failure == .impossibleProvince)
        #expect(validate(Self.withCheck("11010519490230002")).failure == .birthDate)
        #expect(validate(Self.withCheck("11010519491301002")).failure == .birthDate)
        #expect(validate(Self.withCheck("11010518491231002")).failure == .birthDate)
        #expect(validate(Self.withCheck("11010520261124002")).failure == .futureBirthDate)
        #expect(validate(Self.withCheck("11010520261123002")).isValid) // born today
        #expect(validate("11010519491231002X").isValid)
        #expect(validate("110105194912310020").failure == .checksum)
        #expect(Set(CitizenIDFailure.allCases).count == 7)
    }

    @Test func normalisesCaseAndWhitespace() {
        #expect(validate("11010519491231002x").citizenID?.value == "11010519491231002X")
        #expect(validate("  11010519491231002X\n").citizenID?.value == "11010519491231002X")
        #expect(CitizenID("11010519491231002x", today: Self.today)?.value == "11010519491231002X")
        #expect(CitizenID("11010519491231002Z", today: Self.today) == nil)
    }

    @Test func upgradesFifteenDigitNumbers() throws {
        let result = validate("110105491231002")
        #expect(result.citizenID?.value == "11010519491231002X")
        #expect(result.warnings == [.upgradedFrom15Digits])
        // Sequence 996–999 marks people born in the 1800s.
        let centenarian = try #require(validate("440524800101996").citizenID)
        #expect(centenarian.value == Self.withCheck("44052418800101996"))
        #expect(centenarian.birthDate == CivilDate(iso: "1880-01-01"))
        #expect(validate("440524800101995").citizenID?.birthDate == CivilDate(iso: "1980-01-01"))
        #expect(validate("110105490230002").failure == .birthDate)
        #expect(validate("990105491231002").failure == .impossibleProvince)
        let eighteen = try #require(validate("11010519491231002X").citizenID)
        #expect(result.citizenID?.packedKey == eighteen.packedKey)
    }

    @Test func derivesBirthDateSexAndAddress() throws {
        let woman = try #require(validate("11010519491231002X").citizenID)
        #expect(woman.birthDate == CivilDate(iso: "1949-12-31"))
        #expect(woman.sex == .female)
        #expect(woman.addressCode == "110105")
        #expect(woman.sequence == 2)
        #expect(woman.checkCharacter == "X")
        let man = try #require(validate("440524188001010014").citizenID)
        #expect(man.birthDate == CivilDate(iso: "1880-01-01"))
        #expect(man.sex == .male)
        #expect(man.addressCode == "440524")
        #expect(validate("53010219200508011X").citizenID?.sex == .male)
        #expect(validate("440524188001015368").citizenID?.sex == .female)
        #expect(validate("11010219840406970X").citizenID?.sex == .female)
    }

    @Test func packedKeyRoundTrip() throws {
        let id = try #require(validate("11010519491231002X").citizenID)
        #expect(id.packedKey == 11_010_519_491_231_002)
        #expect(CitizenID(packedKey: id.packedKey) == id)
        #expect(CitizenID(packedKey: 100_000_000_000_000_000) == nil)
        #expect(CitizenID(packedKey: 11_010_519_490_230_002) == nil) // 30 February
        #expect(CitizenID(packedKey: 1_010_519_491_231_002) == nil) // province 01
        #expect(CitizenID(packedKey: 99_999_999_999_999_999) == nil)
        #expect(UInt64(99_999_999_999_999_999) < 1 << 57)
    }

    @Test func masking() throws {
        let id = try #require(validate("11010519491231002X").citizenID)
        #expect(id.masked() == "1101**********002X")
        #expect(id.description == "1101**********002X")
        #expect("\(id)" == "1101**********002X")
    }

    @Test func unknownAddressCodeIsOnlyAWarning() {
        let unknown = Self.withCheck("11999919491231002")
        #expect(validate(unknown).isValid)
        #expect(validate(unknown).warnings == [.unverifiedRegion])
        #expect(validate(unknown, codes: nil).warnings.isEmpty)
        #expect(validate("110105491231002").warnings == [.upgradedFrom15Digits])
        let both = validate("119999491231002")
        #expect(both.warnings == [.unverifiedRegion, .upgradedFrom15Digits])
    }

    @Test func codableAsValue() throws {
        let id = try #require(validate("11010519491231002X").citizenID)
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["11010519491231002X"]"#)
        #expect(try JSONDecoder().decode([CitizenID].self, from: data) == [id])
        for bad in ["110105194912310021", "11010519491231002x", "110105491231002"] {
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode([CitizenID].self, from: Data("[\"\(bad)\"]".utf8))
            }
        }
    }

    @Test func orderedByValue() throws {
        let a = try #require(validate("11010219840406970X").citizenID)
        let b = try #require(validate("11010519491231002X").citizenID)
        #expect(a < b)
        #expect((a < b) == (a.packedKey < b.packedKey))
    }
}
