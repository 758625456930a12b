import DoudiDomain
import Fluent
import SQLKit
import Vapor

/// `doudi import staff`: the staff roster keyed on 工号. Each member's 所属区划 must be a
/// known region (of any level: county staff belong to the county) within the caller's area.
struct StaffImporter: RecordImporter {
    static let kind = "staff"
    typealias Row = StaffFileRow
    typealias Record = StaffRow

    let database: any Database
    let auditKey: SymmetricKey

    func records(for lines: [Line], caller: Caller, sql: any SQLDatabase,
                 issues: inout [ImportIssue]) async throws -> [(line: Line, record: StaffRow)] {
        let codes = Array(Set(lines.map(\.row.member.region.value)))
        let known = Set(try await chunkedLookup(codes) { chunk in
            try await sql.select().column("code").from("regions").where("code", .in, chunk).all()
                .map { try $0.decode(column: "code", as: String.self) }
        })
        var records: [(line: Line, record: StaffRow)] = []
        for line in lines {
            let region = line.row.member.region
            if !known.contains(region.value) {
                issues.append(ImportIssue(line: line.line, column: "staff_region", value: region.value,
                                          reasonKey: "import.error.region.unknown"))
            } else if !caller.mayAccess(region) {
                issues.append(ImportIssue(line: line.line, column: "staff_region", value: region.value,
                                          reasonKey: "import.error.region.out_of_scope"))
            } else {
                records.append((line, StaffRow(line.row.member)))
            }
        }
        return records
    }
}
