import Foundation
import SQLKit

/// A row type that mirrors one table: its name, its columns in `values` order, and a
/// decoder. Conforming lets the imports fetch rows of any table by one key column
/// with the same chunked `IN (…)` query instead of a hand-written one per table.
protocol TableRow: Sendable {
    static var table: String { get }
    static var columns: [String] { get }
    init(row: any SQLRow) throws
}

extension TableRow where Self: Decodable {
    /// Columns map to properties by name (`region_code` → `regionCode`).
    init(row: any SQLRow) throws {
        self = try row.decode(model: Self.self, keyDecodingStrategy: ColumnNames.strategy)
    }
}

extension TableRow {
    /// Every row whose `column` is one of `values`, in chunks below the bind limit;
    /// `refine` adds further conditions (e.g. current memberships only).
    static func rows<Value: Encodable & Sendable>(
        where column: String, in values: [Value], sql: any SQLDatabase,
        refine: @escaping (SQLSelectBuilder) -> SQLSelectBuilder = { $0 }
    ) async throws -> [Self] {
        try await chunkedLookup(values) { chunk in
            try await refine(sql.select().columns(columns.map { SQLColumn($0) }).from(table).where(column, .in, chunk))
                .all().map(Self.init(row:))
        }
    }
}

/// A row that an import names by a natural key (ID number, 户编号, 证号, 工号) and that
/// belongs to one area, so a reference to it can be resolved within the caller's scope.
protocol ReferencedRow: TableRow {
    static var referenceColumn: String { get }
    /// The reason reported when no row has the key at all.
    static var unknownReason: String { get }
    var referenceKey: String { get }
    var regionCode: String { get }
}

extension PersonRow: ReferencedRow {
    static let referenceColumn = "id_number"
    static let unknownReason = "import.error.person.unknown"
    var referenceKey: String { idNumber }
}

extension HouseholdRow: ReferencedRow {
    static let referenceColumn = "household_no"
    static let unknownReason = "import.error.household.unknown"
    var referenceKey: String { householdNo }
}

extension MembershipRow: TableRow {}
