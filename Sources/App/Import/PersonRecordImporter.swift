import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Vapor

/// The imports whose rows each record something about one registered person (§4–§8).
/// The person must be registered within the caller's area; the row type decides the
/// record (which takes the person's region and, where it needs one, current household).
struct PersonRecordImporter<Row: PersonFileRow>: RecordImporter {
    typealias Record = Row.Record

    static var kind: String { Row.kind }
    let database: any Database
    let auditKey: SymmetricKey

    func records(for lines: [Line], caller: Caller, sql: any SQLDatabase,
                 issues: inout [ImportIssue]) async throws -> [(line: Line, record: Record)] {
        let persons = try await ReferenceIndex<PersonRow>.load(lines.flatMap { [$0.row.idNumber] + $0.row.otherIDNumbers }, sql: sql)
        let personIDs = lines.compactMap { persons.reachable($0.row.idNumber, by: caller)?.id }
        let memberships = try await MembershipRow.rows(where: "person_id", in: personIDs, sql: sql) {
            $0.where("ended_on", .is, SQLLiteral.null)
        }
        let households = Dictionary(memberships.map { ($0.personId, $0.householdId) }, uniquingKeysWith: { first, _ in first })
        let scope = PersonRecordScope(persons: persons, currentHousehold: households, caller: caller)
        var records: [(line: Line, record: Record)] = []
        for line in lines {
            guard let person = persons.resolve(line.row.idNumber, line: line.line, column: "id_number", caller: caller,
                                               issues: &issues)
            else { continue }
            guard let record = line.row.record(of: person, in: scope) else {
                issues.append(ImportIssue(line: line.line, column: "id_number", value: line.row.idNumber,
                                          reasonKey: "import.error.person.no_household"))
                continue
            }
            records.append((line, record))
        }
        return records
    }
}

/// `doudi import incomes`: keyed on (person, category, item, from month).
typealias IncomeImporter = PersonRecordImporter<IncomeFileRow>
/// `doudi import assets`: keyed on (person, kind, description, acquired on, verified on).
typealias AssetImporter = PersonRecordImporter<AssetFileRow>
/// `doudi import relations`: keyed on (person, related ID number, kind).
typealias RelationImporter = PersonRecordImporter<RelationFileRow>
/// `doudi import adl`: keyed on (person, assessed on).
typealias ADLImporter = PersonRecordImporter<ADLFileRow>
/// `doudi import accounts`: keyed on (person, account number).
typealias BankAccountImporter = PersonRecordImporter<BankAccountFileRow>
