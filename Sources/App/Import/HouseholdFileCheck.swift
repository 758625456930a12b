import DoudiDomain

/// The checks that need the whole file but no database: duplicate rows, one person in
/// two households, households whose rows disagree, and households without exactly one head.
/// Pure, so it is tested without a database.
struct HouseholdFileCheck {
    struct Group {
        let householdNo: String
        var rowIndices: [Int]
    }

    /// Households in file order, each with the indices of its rows.
    private(set) var groups: [Group] = []
    private(set) var issues: [ImportIssue] = []

    init(rows: [HouseholdFileRow]) {
        // Valid IDs are keyed by their packed 64-bit form (hashing an integer is far
        // cheaper than a string); legacy invalid IDs by their text.
        var firstByKey: [UInt64: Int] = [:]
        var firstByText: [String: Int] = [:]
        var groupIndex: [String: Int] = [:]
        firstByKey.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            let idNumber = row.person.idNumber.value
            let packed = row.person.idNumber.packedKey
            if let first = packed.map({ firstByKey[$0] }) ?? firstByText[idNumber] {
                let earlier = rows[first]
                let reason: String
                var arguments = ["line": String(earlier.line)]
                if earlier.fingerprint == row.fingerprint {
                    reason = "import.error.duplicate_row"
                } else if earlier.householdNo != row.householdNo {
                    reason = "import.error.person_in_two_households"
                    arguments["other"] = earlier.householdNo
                } else {
                    reason = "import.error.person_repeated"
                }
                issues.append(ImportIssue(line: row.line, column: "id_number", value: idNumber, reasonKey: reason, arguments: arguments))
                continue
            }
            if let packed { firstByKey[packed] = index } else { firstByText[idNumber] = index }
            if let position = groupIndex[row.householdNo] {
                groups[position].rowIndices.append(index)
            } else {
                groupIndex[row.householdNo] = groups.count
                groups.append(Group(householdNo: row.householdNo, rowIndices: [index]))
            }
        }
        for group in groups { checkHousehold(group, rows: rows) }
    }

    private mutating func checkHousehold(_ group: Group, rows: [HouseholdFileRow]) {
        let first = rows[group.rowIndices[0]]
        var headLine: Int?
        for index in group.rowIndices {
            let row = rows[index]
            for (column, differs) in [("region_code", row.region != first.region), ("address", row.address != first.address),
                                      ("area_kind", row.areaKind != first.areaKind)] where differs {
                issues.append(ImportIssue(line: row.line, column: column, value: value(of: column, in: row),
                                          reasonKey: "import.error.household.inconsistent",
                                          arguments: ["column": L("import.column.\(column)"), "line": String(first.line)]))
            }
            if row.relationship == .head {
                if let headLine {
                    issues.append(ImportIssue(line: row.line, column: "relationship", value: row.relationship.label(),
                                              reasonKey: "import.error.household.multiple_heads", arguments: ["line": String(headLine)]))
                } else {
                    headLine = row.line
                }
            }
        }
        if headLine == nil {
            issues.append(ImportIssue(line: first.line, column: "relationship", value: group.householdNo,
                                      reasonKey: "import.error.household.no_head"))
        }
    }

    private func value(of column: String, in row: HouseholdFileRow) -> String {
        switch column {
        case "region_code": return row.region
        case "address": return row.address
        default: return row.areaKind.label()
        }
    }
}
