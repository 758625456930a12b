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
    func add(_ row: () throws -> RollRow) {
        guard failure == nil else { return }
        do { append(try row()) } catch { failure = error }
    }

    func finish() throws -> RollSnapshot {
        if let failure { throw failure }
        return snapshot
    }

    private func append(_ row: RollRow) {
        let facts = IdentityConsistency.Facts(number: row.number, sex: row.sex, birthDate: row.birthDate, program: row.program,
                                              categories: row.categories)
        let (high, low) = withUnsafeBytes(of: row.personID.uuid) {
            ($0.loadUnaligned(fromByteOffset: 0, as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
        let (person, isNew) = personIndex.index(high: high, low: low)
        if isNew { snapshot.personIDs.append(row.personID) }
        // The query orders rows by enrollment, so an enrollment's rows are consecutive.
        if row.enrollmentID != lastEnrollment {
            snapshot.enrollmentIDs.append(row.enrollmentID)
            snapshot.enrollmentUrban.append(row.urban)
            lastEnrollment = row.enrollmentID
        }
        let enrollment = UInt32(snapshot.enrollmentIDs.count - 1)
        snapshot.columns.append(
            key: row.number.packedKey ?? 0, person: person, enrollment: enrollment,
            program: UInt8(row.program.position), inForce: row.status == .active || row.status == .phasingOut,
            region: row.region, lastPaid: row.lastPaid.map { Int32($0.index) } ?? RollColumns.neverPaid,
            identityProblems: IdentityConsistency.problems(facts, on: date, elderlyAge: elderlyAge, adultAge: adultAge))
    }
}
