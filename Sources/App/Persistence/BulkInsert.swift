import SQLKit

/// Multi-row INSERTs sized to stay under every engine's bind-parameter limit
/// (SQLite 32,766; PostgreSQL 65,535). One statement per chunk instead of one per row
/// is what makes million-row imports feasible.
struct BulkInsert {
    static let maxBinds = 30_000

    let table: String
    let columns: [String]

    func run(_ rows: [[any Encodable & Sendable]], on sql: any SQLDatabase) async throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, Self.maxBinds / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            var builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] {
                precondition(row.count == columns.count, "row width does not match \(table) columns")
                builder = builder.values(row)
            }
            try await builder.run()
            start = end
        }
    }
}
