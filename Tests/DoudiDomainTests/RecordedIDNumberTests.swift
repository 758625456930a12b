import DoudiDomain
import Testing

@Suite("RecordedIDNumber")
struct RecordedIDNumberTests {
    let today = CivilDate(year: 2026, month: 11, day: 23)!

    @Test("a valid number is normalised and packed")
    func valid() {
        let recorded = RecordedIDNumber(validating: " 11010519491231002x ", today: today)
        #expect(recorded.value == "11010519491231002X")
        #expect(recorded.status == .valid)
        #expect(recorded.packedKey != nil)
        #expect(recorded.citizenID?.value == "11010519491231002X")
        #expect(recorded.masked() == "1101**********002X")
    }

    @Test("an invalid number is kept as recorded, flagged with its reason, never packed")
    func invalid() {
        let recorded = RecordedIDNumber(validating: "110105194912310021", today: today)
        #expect(recorded.value == "110105194912310021")
        #expect(recorded.status == .checksum)
        #expect(recorded.packedKey == nil && recorded.citizenID == nil)
        #expect(recorded.masked() == "1101**********0021")
        #expect(RecordedIDNumber(validating: "12345", today: today).status == .length)
        #expect(RecordedIDNumber(validating: "1234", today: today).masked() == "****")
    }

    @Test("a 15-digit number is upgraded to its 18-digit form")
    func upgraded() {
        let recorded = RecordedIDNumber(validating: "110105491231002", today: today)
        #expect(recorded.status == .valid)
        #expect(recorded.value.count == 18 && recorded.value.hasPrefix("11010519491231002"))
    }
}
