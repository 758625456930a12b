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
        let idNumbers = rows.map(\.person.idNumber.value)
        for person in try await chunkedLookup(idNumbers, { chunk in
            try await sql.select().columns(PersonRow.columns.map { SQLColumn($0) }).from(PersonRow.table)
                .where("id_number", .in, chunk).all().map(PersonRow.init(row:))
        }) {
            existing.personsByIDNumber[person.idNumber] = person
        }
        let householdNos = Array(Set(rows.map(\.householdNo)))
        for household in try await chunkedLookup(householdNos, { chunk in
            try await sql.select().columns(HouseholdRow.columns.map { SQLColumn($0) }).from(HouseholdRow.table)
                .where("household_no", .in, chunk).all().map(HouseholdRow.init(row:))
        }) {
            existing.householdsByNumber[household.householdNo] = household
        }
        let personIDs = existing.personsByIDNumber.values.map(\.id)
        for membership in try await chunkedLookup(personIDs, { chunk in
            try await sql.select().columns(MembershipRow.columns.map { SQLColumn($0) }).from(MembershipRow.table)
                .where("person_id", .in, chunk).where("ended_on", .is, SQLLiteral.null).all().map(MembershipRow.init(row:))
        }) {
            existing.currentMembershipByPerson[membership.personId] = membership
        }
        return existing
    }

    /// Persons or household numbers held by another area are reported without any detail.
    func scopeIssues(rows: [HouseholdFileRow], caller: Caller) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        var reportedHouseholds: Set<String> = []
        guard !personsByIDNumber.isEmpty || !householdsByNumber.isEmpty else { return [] }
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
