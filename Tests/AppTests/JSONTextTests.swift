@testable import App
import Foundation
import Testing

/// The hand-written evidence JSON must be what `JSONEncoder` writes with sorted keys, or a
/// finding's evidence hash would change with the writer (every finding marked changed).
@Suite struct JSONTextTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func encoded(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func fullEvidenceMatchesJSONEncoder() throws {
        let evidence = FindingEvidence(
            facts: .init(detail: "twoRecords", program: "dibao", enrollmentInForce: false, lastPaidMonth: "2024-05",
                         identityProblems: ["checksum", "sexMismatch"], referenceKind: "vehicles",
                         reference: ["id_number": "3703**********0012", "plate": "鲁C·12345", "value_fen": "1200000", "b_": "x", "bA": "y",
                                     "note": "引号\"反斜杠\\斜杠/换行\n回车\r制表\t退格\u{8}换页\u{c}控制\u{1}\u{1f}删除\u{7f}\u{2028}😀"],
                         otherPerson: UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F"),
                         otherEnrollment: UUID(uuidString: "00000000-0000-0000-0000-00000000000A")),
            provenance: .init(batch: UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8"), line: 120_345,
                              sourceDepartment: "县公安局", asOf: "2024-06-30"))
        #expect(evidence.json.string == (try Self.encoded(evidence)))
        #expect(evidence.facts.json.string == (try Self.encoded(evidence.facts)))
    }

    @Test func absentFieldsAreLeftOutAsJSONEncoderDoes() throws {
        let evidence = FindingEvidence(facts: .init(program: "tekun", enrollmentInForce: true), provenance: .init())
        #expect(evidence.json.string == (try Self.encoded(evidence)))
        let empty = FindingEvidence(facts: .init(program: "", enrollmentInForce: true, identityProblems: [], reference: [:]),
                                    provenance: .init(line: -3))
        #expect(empty.json.string == (try Self.encoded(empty)))
    }

    @Test func everyByteEscapesAsJSONEncoderEscapesIt() throws {
        let all = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        var json = JSONText()
        json.array { $0.value(all) }
        #expect(json.string == (try Self.encoded([all])))
    }
}
