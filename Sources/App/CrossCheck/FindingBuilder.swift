import DoudiDomain
import DoudiMatch
import Foundation

/// Turns the engine's hits into findings: the subject (person and enrollment), the source
/// record, and the evidence read back from the roll and, for a reference hit, from the
/// validated file's row.
struct FindingBuilder {
    let roll: RollSnapshot
    let batches: [ReferenceBatch]
    let files: [ValidatedFileRows]
    let columns: [ReferenceColumns]

    private static let programs = Program.allCases
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    func draft(_ hit: CrossCheckHit) throws -> FindingDraft {
        let row = Int(hit.rollRow), c = roll.columns
        let person = roll.personIDs[Int(c.persons[row])], enrollment = roll.enrollmentIDs[Int(c.enrollments[row])]
        var facts = FindingEvidence.Facts(
            detail: hit.detail == .none ? nil : "\(hit.detail)", program: Self.programs[Int(c.programs[row])].rawValue,
            enrollmentInForce: c.inForce[row],
            lastPaidMonth: c.lastPaid[row] == RollColumns.neverPaid ? nil : MonthPeriod(index: Int(c.lastPaid[row])).iso)
        var provenance = FindingEvidence.Provenance()
        let source: String
        switch hit.rule {
        case .identityError:
            facts.identityProblems = IdentityProblem.decode(c.identityProblems[row]).map { "\($0)" }
            source = "identity"
        case .duplicateBenefit where hit.otherRollRow >= 0:
            let other = Int(hit.otherRollRow)
            facts.otherPerson = roll.personIDs[Int(c.persons[other])]
            facts.otherEnrollment = roll.enrollmentIDs[Int(c.enrollments[other])]
            source = "roll|\(facts.otherPerson!.uuidString)|\(facts.otherEnrollment!.uuidString)"
        default:
            let index = Int(hit.batch), batchRow = Int(hit.batchRow)
            let batch = batches[index]
            let cells = files[index].row(at: columns[index].offsets[batchRow])
            facts.referenceKind = batch.kind.rawValue
            facts.reference = cells
            provenance = .init(batch: batch.id, line: Int(columns[index].lines[batchRow]), sourceDepartment: batch.sourceDepartment,
                               asOf: batch.asOf.iso)
            source = ([batch.kind.rawValue] + ReferenceTemplate.naturalKey(batch.kind).map { cells[$0] ?? "" }).joined(separator: "|")
        }
        let factsJSON = try Self.encoder.encode(facts)
        let evidence = try Self.encoder.encode(FindingEvidence(facts: facts, provenance: provenance))
        let sourceKey = SHA256Hex.of(Data(source.utf8))
        let key = SHA256Hex.of(Data("\(hit.rule.rawValue)|\(person.uuidString)|\(enrollment.uuidString)|\(sourceKey)".utf8))
        return FindingDraft(rule: hit.rule, key: key, region: roll.regionCodes[row], personID: person, enrollmentID: enrollment,
                            sourceKey: sourceKey, evidenceJSON: String(decoding: evidence, as: UTF8.self),
                            evidenceSHA256: SHA256Hex.of(factsJSON))
    }
}
