import DoudiDomain
import SQLKit

/// The rows a file refers to by natural key (ID number, 户编号, 证号, 工号), fetched in
/// one set-based lookup across all areas, only so that a key held by another area is
/// reported as "registered elsewhere" (without any detail) rather than as unknown.
struct ReferenceIndex<Row: ReferencedRow> {
    /// Which stored rows a caller may refer to.
    enum Reach {
        /// Rows within the caller's area.
        case withinScope
        /// Also rows of the offices above it: a township's case may be approved by county staff.
        case withinScopeOrAbove
    }

    private let byKey: [String: Row]
    let reach: Reach

    static func load(_ keys: some Sequence<String>, reach: Reach = .withinScope, sql: any SQLDatabase) async throws -> Self {
        let rows = try await Row.rows(where: Row.referenceColumn, in: Array(Set(keys)), sql: sql)
        return ReferenceIndex(byKey: Dictionary(rows.map { ($0.referenceKey, $0) }, uniquingKeysWith: { first, _ in first }),
                              reach: reach)
    }

    /// The row for `key` if the caller may refer to it, without reporting anything.
    func reachable(_ key: String, by caller: Caller) -> Row? {
        byKey[key].flatMap { reaches($0, caller) ? $0 : nil }
    }

    /// The row for `key`, or nil with the issue appended: unknown, or held by another area.
    func resolve(_ key: String, line: Int, column: String, caller: Caller, issues: inout [ImportIssue]) -> Row? {
        guard let row = byKey[key] else {
            issues.append(ImportIssue(line: line, column: column, value: key, reasonKey: Row.unknownReason))
            return nil
        }
        guard reaches(row, caller) else {
            issues.append(ImportIssue(line: line, column: column, value: key, reasonKey: "import.error.registered_elsewhere"))
            return nil
        }
        return row
    }

    private func reaches(_ row: Row, _ caller: Caller) -> Bool {
        guard let region = RegionCode(row.regionCode) else { return false }
        switch reach {
        case .withinScope: return caller.mayAccess(region)
        case .withinScopeOrAbove: return caller.mayAccess(region) || region.contains(caller.scope)
        }
    }
}
