import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Vapor

/// `doudi import enrollments`: enrollments keyed on 证号. The household, the members
/// named and the staff must all be known; household and members within the caller's
/// area, staff within it or above it. Members are replaced as a set when they change.
struct EnrollmentImporter: RecordImporter {
    static let kind = "enrollments"
    typealias Row = EnrollmentFileRow
    typealias Record = EnrollmentRow

    let database: any Database
    let auditKey: SymmetricKey

    func records(for lines: [Line], caller: Caller, sql: any SQLDatabase,
                 issues: inout [ImportIssue]) async throws -> [(line: Line, record: EnrollmentRow)] {
        let households = try await ReferenceIndex<HouseholdRow>.load(lines.map(\.row.householdNo), sql: sql)
        let persons = try await ReferenceIndex<PersonRow>.load(lines.flatMap(\.row.memberIDNumbers), sql: sql)
        let staff = try await ReferenceIndex<StaffRow>.load(lines.flatMap(\.row.staffNumbers.values),
                                                            reach: .withinScopeOrAbove, sql: sql)
        let householdIDs = lines.compactMap { households.reachable($0.row.householdNo, by: caller)?.id }
        let memberships = try await MembershipRow.rows(where: "household_id", in: householdIDs, sql: sql) {
            $0.where("ended_on", .is, SQLLiteral.null)
        }
        let currentMembers = Dictionary(grouping: memberships, by: \.householdId)

        var records: [(line: Line, record: EnrollmentRow)] = []
        for line in lines {
            let row = line.row
            var rowIssues: [ImportIssue] = []
            var staffIDs: [String: UUID] = [:]
            for (column, number) in row.staffNumbers {
                staffIDs[column] = staff.resolve(number, line: line.line, column: column, caller: caller, issues: &rowIssues)?.id
            }
            let household = try households.resolve(row.householdNo, line: line.line, column: "household_no", caller: caller,
                                                   issues: &rowIssues)?.toDomain()
            let members = household.map { household in
                covered(by: line, in: household, current: currentMembers[household.id] ?? [], persons: persons,
                        caller: caller, issues: &rowIssues)
            }
            issues += rowIssues
            if let household, let members, rowIssues.isEmpty {
                records.append((line, EnrollmentRow(row.enrollment(of: household, members: members, staff: staffIDs))))
            }
        }
        return records
    }

    /// The persons covered: the members named, each a current member of the household;
    /// with none named, every counted current member (整户).
    private func covered(by line: Line, in household: Household, current: [MembershipRow],
                         persons: ReferenceIndex<PersonRow>, caller: Caller, issues: inout [ImportIssue]) -> [UUID] {
        let column = "member_id_numbers"
        guard !line.row.memberIDNumbers.isEmpty else {
            let counted = current.filter(\.counted).map(\.personId)
            if counted.isEmpty {
                issues.append(ImportIssue(line: line.line, column: column, value: "", reasonKey: "import.error.enrollment.no_members",
                                          arguments: ["household": household.householdNo]))
            }
            return counted
        }
        let currentIDs = Set(current.map(\.personId))
        var members: [UUID] = []
        for number in line.row.memberIDNumbers {
            guard let person = persons.resolve(number, line: line.line, column: column, caller: caller, issues: &issues) else { continue }
            if currentIDs.contains(person.id) {
                members.append(person.id)
            } else {
                issues.append(ImportIssue(line: line.line, column: column, value: number, reasonKey: "import.error.enrollment.not_member",
                                          arguments: ["household": household.householdNo]))
            }
        }
        return members
    }

    func writeDependents(of plan: RecordPlan<EnrollmentRow>, sql: any SQLDatabase) async throws {
        let store = EnrollmentMemberStore(sql: sql)
        try await store.insert(plan.inserts)
        // Members carry the enrollment's region, so a moved enrollment rewrites them too.
        try await store.replace(plan.updates.filter { $0.before.memberIds != $0.after.memberIds
            || $0.before.regionCode != $0.after.regionCode }.map(\.after))
    }
}
