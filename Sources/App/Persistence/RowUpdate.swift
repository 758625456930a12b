import Foundation
import SQLKit

/// Rewrites one stored row from its new values (imports and registry edits alike);
/// the caller records the before-image in `change_log`.
enum RowUpdate {
    /// `UPDATE table SET every column WHERE id = ?`; the id column itself is skipped.
    static func run(_ table: String, id: UUID, columns: [String], values: [any Encodable & Sendable], now: Date?,
                    sql: any SQLDatabase) async throws {
        var builder = sql.update(table)
        for (column, value) in zip(columns, values) where column != "id" {
            builder = builder.set(SQLColumn(column), to: SQLBind(value))
        }
        if let now { builder = builder.set(SQLColumn("updated_at"), to: SQLBind(now)) }
        try await builder.where("id", .equal, id).run()
    }
}
