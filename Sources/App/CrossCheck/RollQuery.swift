import DoudiDomain
import DoudiMatch
import Foundation
import SQLKit

/// The one set-based query that loads a region's roll for the cross-check: every member
/// of every enrollment in the region, with the person's recorded identity, the
/// enrollment's program, status and categories, and its last paid month. Identity
/// problems are worked out here, once per row, by the domain's `IdentityConsistency`, from
/// the verdict the registry recorded when the number was imported (a legacy roll's flagged
/// numbers stay flagged; nothing is validated twice).
struct RollQuery {
    let sql: any SQLDatabase

    func load(within scope: RegionCode, on date: CivilDate, elderlyAge: Int, adultAge: Int) async throws -> RollSnapshot {
        let bounds = scope.scopeBounds
        let builder = RollBuilder(date: date, elderlyAge: elderlyAge, adultAge: adultAge)
        try await sql.raw("""
            SELECT p.id AS person_id, p.id_number, p.id_status, p.id_key, p.sex, p.birth_date,
                   e.id AS enrollment_id, e.program, e.status, e.region_code, e.categories, e.coverage,
                   (SELECT MAX(pay.month) FROM payments pay WHERE pay.enrollment_id = e.id AND pay.status = 'paid') AS last_paid
            FROM enrollment_members m
            JOIN enrollments e ON e.id = m.enrollment_id
            JOIN persons p ON p.id = m.person_id
            WHERE e.region_code >= \(bind: bounds.lower) AND e.region_code <= \(bind: bounds.upper)
            ORDER BY e.region_code, e.id, p.id
            """).run { row in builder.add(row) }
        return try builder.finish()
    }
}

/// Builds the snapshot row by row as the database streams them (a province's roll is
/// never held as millions of row objects). The rows arrive one at a time on the
/// database's event loop; the lock only makes that visible to the compiler.
private final class RollBuilder: @unchecked Sendable {
    let date: CivilDate, elderlyAge: Int, adultAge: Int
    private var snapshot = RollSnapshot()
    private var personIndex: [UUID: UInt32] = [:], enrollmentIndex: [UUID: UInt32] = [:]
    private var failure: (any Error)?
    private let lock = NSLock()

    init(date: CivilDate, elderlyAge: Int, adultAge: Int) {
        (self.date, self.elderlyAge, self.adultAge) = (date, elderlyAge, adultAge)
    }

    func add(_ row: any SQLRow) {
        lock.withLock {
            guard failure == nil else { return }
            do { try append(row) } catch { failure = error }
        }
    }

    func finish() throws -> RollSnapshot {
        try lock.withLock {
            if let failure { throw failure }
            return snapshot
        }
    }

    private func append(_ row: any SQLRow) throws {
        let personID = try row.decode(column: "person_id", as: UUID.self)
        let enrollmentID = try row.decode(column: "enrollment_id", as: UUID.self)
        let programText = try row.decode(column: "program", as: String.self)
        let enrollmentStatus = try row.decode(column: "status", as: String.self)
        let region = try row.decode(column: "region_code", as: String.self)
        guard let program = Program(rawValue: programText), let status = EnrollmentStatus(rawValue: enrollmentStatus),
              let regionNumber = UInt64(region) else {
            throw DataIntegrityError(message: "enrollment \(enrollmentID): program \(programText), status \(enrollmentStatus), region \(region)")
        }
        let statusText = try row.decode(column: "id_status", as: String.self)
        guard let idStatus = IDNumberStatus(rawValue: statusText) else {
            throw DataIntegrityError(message: "person \(personID): id_status \(statusText)")
        }
        let number = RecordedIDNumber(value: try row.decode(column: "id_number", as: String.self), status: idStatus,
                                      packedKey: try row.decode(column: "id_key", as: Int64?.self).map(UInt64.init), unverifiedRegion: false)
        // A household enrollment's categories are some members'; only a person covered
        // alone is held to them.
        let alone = try row.decode(column: "coverage", as: String.self) == Coverage.individual.rawValue
        let categories = alone ? Set((try row.decode(column: "categories", as: String.self)).split(separator: ",")
            .compactMap { AssistanceCategory(rawValue: String($0)) }) : []
        let facts = IdentityConsistency.Facts(
            number: number, sex: try row.decode(column: "sex", as: String?.self).flatMap(Sex.init(rawValue:)),
            birthDate: try row.decode(column: "birth_date", as: String?.self).flatMap { CivilDate(iso: $0) },
            program: program, categories: categories)
        let lastPaid = try row.decode(column: "last_paid", as: String?.self).flatMap { MonthPeriod(iso: $0) }
        let person = personIndex[personID] ?? {
            let index = UInt32(snapshot.personIDs.count)
            snapshot.personIDs.append(personID)
            personIndex[personID] = index
            return index
        }()
        let enrollment = enrollmentIndex[enrollmentID] ?? {
            let index = UInt32(snapshot.enrollmentIDs.count)
            snapshot.enrollmentIDs.append(enrollmentID)
            enrollmentIndex[enrollmentID] = index
            return index
        }()
        snapshot.columns.append(
            key: number.packedKey ?? 0, person: person, enrollment: enrollment,
            program: UInt8(program.position), inForce: status == .active || status == .phasingOut,
            region: regionNumber, lastPaid: lastPaid.map { Int32($0.index) } ?? RollColumns.neverPaid,
            identityProblems: IdentityConsistency.problems(facts, on: date, elderlyAge: elderlyAge, adultAge: adultAge))
    }
}
