import DoudiDomain
import Foundation
import SQLKit

/// Reads and writes `reference_batches`, always within a caller's area.
struct ReferenceBatchStore {
    static let columns = ["id", "region_code", "kind", "source_department", "as_of", "file_name", "upload_sha256", "content_sha256",
                          "rows_total", "rows_valid", "rows_rejected", "imported_by", "imported_at"]

    let sql: any SQLDatabase

    func insert(_ batch: ReferenceBatch) async throws {
        try await BulkInsert(table: "reference_batches", columns: Self.columns).run([[
            batch.id, batch.region, batch.kind.rawValue, batch.sourceDepartment, batch.asOf.iso, batch.fileName, batch.uploadSHA256,
            batch.contentSHA256, Int64(batch.rowsTotal), Int64(batch.rowsValid), Int64(batch.rowsRejected), batch.importedBy,
            batch.importedAt,
        ]], on: sql)
    }

    /// Batches within `scope` (of one kind, if given), newest data first.
    func batches(within scope: RegionCode, kind: ReferenceKind? = nil, limit: Int = 100) async throws -> [ReferenceBatch] {
        var query = sql.select().columns(Self.columns.map { SQLColumn($0) }).from("reference_batches").within(scope)
        if let kind { query = query.where("kind", .equal, kind.rawValue) }
        return try await query.orderBy("as_of", .descending).orderBy("imported_at", .descending).limit(limit).all().map(Self.batch)
    }

    /// Every stored file's content hash, in every region: the data directory is shared.
    func contentHashes() async throws -> Set<String> {
        Set(try await sql.select().distinct().column("content_sha256").from("reference_batches").all()
            .map { try $0.decode(column: "content_sha256", as: String.self) })
    }

    /// One batch by id, if it lies within `scope`.
    func batch(_ id: UUID, within scope: RegionCode) async throws -> ReferenceBatch? {
        try await sql.select().columns(Self.columns.map { SQLColumn($0) }).from("reference_batches").within(scope)
            .where("id", .equal, id).first().map(Self.batch)
    }

    private static func batch(_ row: any SQLRow) throws -> ReferenceBatch {
        let kindText = try row.decode(column: "kind", as: String.self), asOfText = try row.decode(column: "as_of", as: String.self)
        guard let kind = ReferenceKind(rawValue: kindText), let asOf = CivilDate(iso: asOfText) else {
            throw DataIntegrityError(message: "reference_batches: kind \(kindText), as_of \(asOfText)")
        }
        return ReferenceBatch(
            id: try row.decode(column: "id", as: UUID.self), region: try row.decode(column: "region_code", as: String.self), kind: kind,
            sourceDepartment: try row.decode(column: "source_department", as: String.self), asOf: asOf,
            fileName: try row.decode(column: "file_name", as: String.self),
            uploadSHA256: try row.decode(column: "upload_sha256", as: String.self),
            contentSHA256: try row.decode(column: "content_sha256", as: String.self),
            rowsTotal: try row.decode(column: "rows_total", as: Int.self), rowsValid: try row.decode(column: "rows_valid", as: Int.self),
            rowsRejected: try row.decode(column: "rows_rejected", as: Int.self),
            importedBy: try row.decode(column: "imported_by", as: UUID.self), importedAt: try row.decode(column: "imported_at", as: Date.self))
    }
}
