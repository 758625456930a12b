import DoudiDomain
import DoudiMatch
import Foundation

/// Builds the snapshot row by row as the database streams them (a province's roll is
/// never held as millions of row objects). Unchecked Sendable: one thread at a time adds
/// rows (the pipe's receiver), and `finish` is called once that has ended.
final class RollBuilder: @unchecked Sendable {
    let date: CivilDate, elderlyAge: Int, adultAge: Int
    private var snapshot = RollSnapshot()
    private var personIndex = DenseIndex()
    private var lastEnrollment: UUID?
    private var failure: (any Error)?

    init(date: CivilDate, elderlyAge: Int, adultAge: Int) {
        (self.date, self.elderlyAge, self.adultAge) = (date, elderlyAge, adultAge)
    }

    /// A failed row stops the build, not the reading: the pipe is still drained.
    func add(_ row: () throws -> RollRowValues) {
        guard failure == nil else { return }
        do { try append(try row()) } catch { failure = error }
    }

    func finish() throws -> RollSnapshot {
        if let failure { throw failure }
        return snapshot
    }

    private func append(_ row: RollRowValues) throws {
        let personID = row.personID, enrollmentID = row.enrollmentID
        guard let program = Program(rawValue: row.program), let status = EnrollmentStatus(rawValue: row.status),
              let regionNumber = UInt64(row.region) else {
            throw DataIntegrityError(message: "enrollment \(enrollmentID): program \(row.program), status \(row.status), region \(row.region)")
        }
        guard let idStatus = IDNumberStatus(rawValue: row.idStatus) else {
            throw DataIntegrityError(message: "person \(personID): id_status \(row.idStatus)")
        }
        let number = RecordedIDNumber(value: row.idNumber, status: idStatus, packedKey: row.idKey.map(UInt64.init), unverifiedRegion: false)
        // A household enrollment's categories are some members'; only a person covered
        // alone is held to them.
        let alone = row.coverage == Coverage.individual.rawValue
        let categories = alone ? Set(row.categories.split(separator: ",").compactMap { AssistanceCategory(rawValue: String($0)) }) : []
        let facts = IdentityConsistency.Facts(
            number: number, sex: row.sex.flatMap(Sex.init(rawValue:)), birthDate: row.birthDate.flatMap { CivilDate(iso: $0) },
            program: program, categories: categories)
        let lastPaid = row.lastPaid.flatMap { MonthPeriod(iso: $0) }
        let (high, low) = withUnsafeBytes(of: personID.uuid) {
            ($0.loadUnaligned(fromByteOffset: 0, as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
        let (person, isNew) = personIndex.index(high: high, low: low)
        if isNew { snapshot.personIDs.append(personID) }
        // The query orders rows by enrollment, so an enrollment's rows are consecutive.
        if enrollmentID != lastEnrollment {
            snapshot.enrollmentIDs.append(enrollmentID)
            snapshot.enrollmentUrban.append(row.areaKind == AreaKind.urban.rawValue)
            lastEnrollment = enrollmentID
        }
        let enrollment = UInt32(snapshot.enrollmentIDs.count - 1)
        snapshot.columns.append(
            key: number.packedKey ?? 0, person: person, enrollment: enrollment,
            program: UInt8(program.position), inForce: status == .active || status == .phasingOut,
            region: regionNumber, lastPaid: lastPaid.map { Int32($0.index) } ?? RollColumns.neverPaid,
            identityProblems: IdentityConsistency.problems(facts, on: date, elderlyAge: elderlyAge, adultAge: adultAge))
    }
}
