import Crypto
import DoudiDomain
import DoudiMatch
import Foundation

/// Turns the engine's hits into findings: the subject (person and enrollment), the source
/// record, and the evidence read back from the roll and, for a reference hit, from the
/// validated file's row. ID numbers in the evidence are masked (the subject's full number
/// is on its person record, for the roles that may see it), and the source key is an HMAC
/// (an unsalted hash of an ID number could be reversed by trying every number).
struct FindingBuilder {
    let roll: RollSnapshot
    let batches: [ReferenceBatch]
    let files: [ValidatedFileRows]
    let columns: [ReferenceColumns]
    let sourceKeys: SourceKeys
    /// The limits the 错保 hits were judged by, for their evidence.
    let wealth: WealthContext
    /// For the enrollments of 近亲属 hits: who accepted, investigated and approved each case,
    /// by the staff member's ID key (`EnrollmentStaff`).
    var handling: [UUID: [(step: String, key: UInt64)]] = [:]

    /// Reference columns that hold ID numbers.
    private static let idColumns: Set<String> = ["id_number", "staff_id_number", "relative_id_number"]
    /// Each detail's name as evidence writes it (its case name), by raw value (they count up
    /// from 0): interpolating an enum case reflects on it, a microsecond per hit.
    private static let detailNames = CrossCheckHit.Detail.allCases.enumerated().map { position, detail in
        precondition(Int(detail.rawValue) == position, "details count up from 0")
        return "\(detail)"
    }

    /// The drafts of `hits`, in order, built on every core.
    func drafts(_ hits: [CrossCheckHit]) throws -> [FindingDraft] {
        let chunk = 4_096, chunks = (hits.count + chunk - 1) / chunk
        let slots = DraftSlots(count: chunks)
        // Ask for every row the evidence will read at once: the kernel reads them side by
        // side instead of one blocking read at a time when the files are not in memory.
        for batch in Set(hits.lazy.filter { $0.batch >= 0 }.map { Int($0.batch) }) {
            columns[batch].offsets.adviseWillNeed()
            columns[batch].lines.adviseWillNeed()
        }
        for hit in hits where hit.batch >= 0 {
            files[Int(hit.batch)].prefetch(at: columns[Int(hit.batch)].offsets[Int(hit.batchRow)])
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            slots.set(index, Result { try hits[index * chunk..<min(hits.count, (index + 1) * chunk)].map(draft) })
        }
        return try slots.values.flatMap { try $0!.get() }
    }

    func draft(_ hit: CrossCheckHit) throws -> FindingDraft {
        let row = Int(hit.rollRow), c = roll.columns
        let person = roll.personIDs[Int(c.persons[row])], enrollment = roll.enrollmentIDs[Int(c.enrollments[row])]
        var facts = FindingEvidence.Facts(
            detail: hit.detail == .none ? nil : Self.detailNames[Int(hit.detail.rawValue)], program: Program(position: Int(c.programs[row]))?.rawValue ?? "",
            enrollmentInForce: c.inForce[row],
            lastPaidMonth: c.lastPaid[row] == RollColumns.neverPaid ? nil : MonthPeriod(index: Int(c.lastPaid[row])).iso)
        var provenance = FindingEvidence.Provenance()
        let source: JSONText
        switch hit.rule {
        case .identityError:
            facts.identityProblems = IdentityProblem.decode(c.identityProblems[row]).map { "\($0)" }
            source = Self.source(["identity"])
        case .duplicateBenefit where hit.otherRollRow >= 0:
            let other = Int(hit.otherRollRow)
            let otherPerson = roll.personIDs[Int(c.persons[other])], otherEnrollment = roll.enrollmentIDs[Int(c.enrollments[other])]
            (facts.otherPerson, facts.otherEnrollment) = (otherPerson, otherEnrollment)
            // The pair, in a fixed order: the same two records are the same source whichever is reported.
            source = Self.source(["roll"] + [[person, enrollment], [otherPerson, otherEnrollment]]
                .map { UUIDText.string($0[0]) + "/" + UUIDText.string($0[1]) }.sorted())
        default:
            let index = Int(hit.batch), batchRow = Int(hit.batchRow)
            let batch = batches[index]
            let cells = files[index].row(at: columns[index].offsets[batchRow])
            facts.referenceKind = batch.kind.rawValue
            facts.reference = cells.reduce(into: [:]) { masked, cell in
                masked[cell.key] = Self.idColumns.contains(cell.key) ? IDNumberRedaction.redact(cell.value) : cell.value
            }
            provenance = .init(batch: batch.id, line: Int(columns[index].lines[batchRow]), sourceDepartment: batch.sourceDepartment,
                               asOf: batch.asOf.iso)
            source = Self.source([batch.kind.rawValue] + ReferenceTemplate.naturalKey(batch.kind).map { cells[$0] ?? "" })
            if let signal = hit.detail.wealthSignal {
                facts.wealth = Self.limit(signal, hit: hit, enrollment: Int(c.enrollments[row]), wealth: wealth)
            }
            if hit.rule == .staffRelative {
                let staff = columns[index].seconds[batchRow]
                facts.handledBy = (handling[enrollment] ?? []).filter { staff != 0 && $0.key == staff }.map(\.step)
            }
        }
        // What the rule rests on: the monthly payment and the enrollment's state matter to
        // a death, not to a car, so only there do they count as the evidence changing.
        // The limit a 错保 record broke (the standard, the exempt kinds) is shown, not hashed:
        // the standard rises every year, and the record itself has not changed.
        var hashed = facts
        if hit.rule != .deceasedRecipient { (hashed.lastPaidMonth, hashed.enrollmentInForce) = (nil, true) }
        hashed.wealth = hashed.wealth.map { ["signal": $0["signal"] ?? ""] }
        let evidence = FindingEvidence(facts: facts, provenance: provenance).json
        let sourceKey = sourceKeys.key(for: source)
        let key = FindingDraft.key(rule: .identity(hit.rule), person: person, enrollment: enrollment, sourceKey: sourceKey)
        return FindingDraft(rule: .identity(hit.rule), key: key, region: String(c.regions[row]), personID: person, enrollmentID: enrollment,
                            sourceKey: sourceKey, evidenceJSON: evidence.string, evidenceSHA256: Hex.lowercase(SHA256.hash(data: hashed.json.bytes)))
    }

    /// The limit a 错保 signal broke, as the evidence records it.
    static func limit(_ signal: WealthSignal, hit: CrossCheckHit, enrollment: Int, wealth: WealthContext) -> [String: String] {
        let limits = wealth.limits(ofEnrollment: enrollment)
        var facts = ["signal": signal.rawValue]
        switch signal {
        case .vehicle: facts["exempt"] = limits.exemptVehicles.map(\.rawValue).sorted().joined(separator: ",")
        case .business: facts["exempt"] = limits.exemptBusinesses.map(\.rawValue).sorted().joined(separator: ",")
        case .homes: (facts["homes"], facts["max_homes"]) = (String(hit.figure), String(limits.maxHomes))
        case .pension, .wageBase:
            let members = Int(wealth.members[enrollment]), standard = limits.standard(urban: wealth.urban[enrollment])
            facts["members"] = String(members)
            facts["standard"] = standard.yuanText
            facts["share"] = limits.incomeShare.description
            facts["threshold"] = limits.incomeLimit(members: members, urban: wealth.urban[enrollment]).yuanText
        case .providentFund: facts["deposit_limit"] = limits.providentFundDeposit.yuanText
        case .nonResidential, .payroll: break
        }
        return facts
    }

    /// The parts as a JSON array: unambiguous whatever characters the parts hold.
    static func source(_ parts: [String]) -> JSONText {
        var json = JSONText(capacity: 128)
        json.array { json in for part in parts { json.value(part) } }
        return json
    }
}

/// Per-chunk results written from concurrent iterations, each slot by one iteration only.
private final class DraftSlots: @unchecked Sendable {
    private(set) var values: [Result<[FindingDraft], any Error>?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<[FindingDraft], any Error>) {
        lock.withLock { values[index] = result }
    }
}
