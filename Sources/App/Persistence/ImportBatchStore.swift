import DoudiDomain
import Foundation
import SQLKit

/// The record of each bulk import: file hash, counts, who and when.
struct ImportBatchStore {
    struct Batch: Codable, Sendable, Equatable {
        var id: UUID
        var region: String
        var kind: String
        var fileName: String
        var fileSHA256: String
        var legacy: Bool
        var rowsTotal: Int
        var rowsAdded: Int
        var rowsChanged: Int
        var rowsUnchanged: Int
        var idsFlagged: Int
        var importedBy: UUID
        var importedAt: Date
    }

    static let columns = ["id", "region_code", "kind", "file_name", "file_sha256", "legacy", "rows_total", "rows_added",
                          "rows_changed", "rows_unchanged", "ids_flagged", "imported_by", "imported_at"]

    let sql: any SQLDatabase

    func insert(_ batch: Batch) async throws {
        try await BulkInsert(table: "import_batches", columns: Self.columns).run([[
            batch.id, batch.region, batch.kind, batch.fileName, batch.fileSHA256, batch.legacy, Int64(batch.rowsTotal),
            Int64(batch.rowsAdded), Int64(batch.rowsChanged), Int64(batch.rowsUnchanged), Int64(batch.idsFlagged),
            batch.importedBy, batch.importedAt,
        ]], on: sql)
    }

    /// Batches imported within the caller's area, newest first.
    func batches(within scope: RegionCode, limit: Int = 50) async throws -> [Batch] {
        try await sql.select().columns(Self.columns.map { SQLColumn($0) }).from("import_batches")
            .within(scope).orderBy("imported_at", .descending).limit(limit).all()
            .map { row in
                Batch(id: try row.decode(column: "id", as: UUID.self), region: try row.decode(column: "region_code", as: String.self),
                      kind: try row.decode(column: "kind", as: String.self), fileName: try row.decode(column: "file_name", as: String.self),
                      fileSHA256: try row.decode(column: "file_sha256", as: String.self), legacy: try row.decode(column: "legacy", as: Bool.self),
                      rowsTotal: try row.decode(column: "rows_total", as: Int.self), rowsAdded: try row.decode(column: "rows_added", as: Int.self),
                      rowsChanged: try row.decode(column: "rows_changed", as: Int.self),
                      rowsUnchanged: try row.decode(column: "rows_unchanged", as: Int.self),
                      idsFlagged: try row.decode(column: "ids_flagged", as: Int.self),
                      importedBy: try row.decode(column: "imported_by", as: UUID.self),
                      importedAt: try row.decode(column: "imported_at", as: Date.self))
            }
    }
}
