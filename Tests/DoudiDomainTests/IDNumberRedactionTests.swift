import DoudiDomain
import Testing

@Suite("ID number redaction")
struct IDNumberRedactionTests {
    @Test("18- and 15-digit numbers are masked wherever they stand; other numbers are kept")
    func redacts() {
        #expect(IDNumberRedaction.redact("Key (id_number)=(11010519491231002X) already exists")
            == "Key (id_number)=(1101**********002X) already exists")
        #expect(IDNumberRedaction.redact("a 110105491231002 b") == "a 1101*******1002 b")
        #expect(IDNumberRedaction.redact("370321195001010011,370321195001010012")
            == "3703**********0011,3703**********0012")
        #expect(IDNumberRedaction.redact("batch 1234567890123456789 rows 42") == "batch 1234567890123456789 rows 42")
        #expect(IDNumberRedaction.redact("张三 2026-11-23") == "张三 2026-11-23")
    }

    @Test("a disability certificate number (the ID plus category and grade) is masked like the ID in it")
    func certificates() {
        #expect(IDNumberRedaction.redact("证号 3703211950010100111 4") == "证号 3703211950010100111 4")
        #expect(IDNumberRedaction.redact("证号 37032119500101001142") == "证号 3703**********001142")
        #expect(IDNumberRedaction.redact("证号 11010519491231002X42") == "证号 1101**********002X42")
    }

    @Test("a recorded ID number interpolates masked")
    func recordedIsMasked() {
        let recorded = RecordedIDNumber(validating: "11010519491231002X", today: CivilDate(year: 2026, month: 11, day: 23)!)
        #expect("\(recorded)" == "1101**********002X")
        #expect(String(reflecting: recorded) == "1101**********002X")
    }
}
