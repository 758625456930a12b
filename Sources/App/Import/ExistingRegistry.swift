import DoudiDomain
import Foundation
import SQLKit

/// What the database already holds for the persons and households named in a file,
/// fetched in a few set-based queries. It deliberately reads across areas: only to
/// say "already registered elsewhere", never to show another area's data.
struct ExistingRegistry {
    var personsByIDNumber: [String: PersonRow] = [:]
    var householdsByNumber: [String: HouseholdRow] = [:]
    var currentMembershipByPerson: [UUID: MembershipRow] = [:]

    static func load(for rows: [HouseholdFileRow], sql: any SQLDatabase) async throws -> ExistingRegistry {
        var existing = ExistingRegistry()
        // A first load (an empty registry) has nothing to look up: skip a million-key probe.
        let anyPerson = try await sql.select().column(SQLLiteral.numeric("1")).from(PersonRow.table).limit(1).first()
        let anyHousehold = try await sql.select().column(SQLLiteral.numeric("1")).from(HouseholdRow.table).limit(1).first()
        if anyPerson == nil, anyHousehold == nil { return existing }
        for person in try await PersonRow.rows(where: "id_number", in: rows.map(\.person.idNumber.value), sql: sql) {
            existing.personsByIDNumber[person.idNumber] = person
        }
        for household in try await HouseholdRow.rows(where: "household_no", in: Array(Set(rows.map(\.householdNo))), sql: sql) {
            existing.householdsByNumber[household.householdNo] = household
        }
        let personIDs = existing.personsByIDNumber.values.map(\.id)
        for membership in try await MembershipRow.rows(where: "person_id", in: personIDs, sql: sql, refine: {
            $0.where("ended_on", .is, SQLLiteral.null)
        }) {
            existing.currentMembershipByPerson[membership.personId] = membership
        }
        return existing
    }

    /// Persons or household numbers held by another area are reported without any detail.
    func scopeIssues(rows: [HouseholdFileRow], caller: Caller) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        var reportedHouseholds: Set<String> = []
        for row in rows {
            if let person = personsByIDNumber[row.person.idNumber.value], !inScope(person.regionCode, caller) {
                issues.append(ImportIssue(line: row.line, column: "id_number", value: row.person.idNumber.value,
                                          reasonKey: "import.error.registered_elsewhere"))
            }
            if let household = householdsByNumber[row.householdNo], reportedHouseholds.insert(row.householdNo).inserted {
                if !inScope(household.regionCode, caller) {
                    issues.append(ImportIssue(line: row.line, column: "household_no", value: row.householdNo,
                                              reasonKey: "import.error.household.elsewhere"))
                } else if household.regionCode != row.region {
                    // Its members, enrollments and records are keyed by the old region; moving
                    // them is a transfer with its own checks, not a side effect of an import.
                    issues.append(ImportIssue(line: row.line, column: "region_code", value: row.region,
                                              reasonKey: "import.error.household.region_change"))
                }
            }
        }
        return issues
    }

    private func inScope(_ region: String, _ caller: Caller) -> Bool {
        RegionCode(region).map(caller.mayAccess) ?? false
    }
}
