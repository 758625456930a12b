import DoudiDomain
import Foundation
import SQLKit

/// Writes history rows. Single edits call `record`; bulk imports collect their
/// before-images and call `recordAll` once per chunk, so history never costs a
/// write per field or per statement.
struct ChangeLog {
    static let columns = ["id", "region_code", "entity", "entity_id", "action", "before_json", "changed_by", "changed_at", "batch_id"]

    let sql: any SQLDatabase

    func record(_ change: ChangeRecord) async throws {
        try await recordAll([change])
    }

    func recordAll(_ changes: [ChangeRecord]) async throws {
        let rows = changes.lazy.map { change -> [any Encodable & Sendable] in
            [change.id, change.region, change.entity, change.entityID, change.action.rawValue,
             change.beforeJSON, change.changedBy, change.changedAt, change.batchID]
        }
        try await BulkInsert(table: "change_log", columns: Self.columns).run(rows, on: sql)
    }

    /// History of one record, newest first, limited to the caller's area.
    func history(of entityID: UUID, scope: RegionCode) async throws -> [ChangeRecord] {
        try await sql.select().columns(Self.columns.map { SQLColumn($0) })
            .from("change_log")
            .where("entity_id", .equal, entityID)
            .within(scope)
            .orderBy("changed_at", .descending)
            .orderBy("id", .descending)  // time-ordered ids: the same order on every engine
            .all()
            .map { row in
                ChangeRecord(
                    id: try row.decode(column: "id", as: UUID.self),
                    region: try row.decode(column: "region_code", as: String.self),
                    entity: try row.decode(column: "entity", as: String.self),
                    entityID: try row.decode(column: "entity_id", as: UUID.self),
                    action: ChangeRecord.Action(rawValue: try row.decode(column: "action", as: String.self)) ?? .update,
                    beforeJSON: try row.decode(column: "before_json", as: String?.self),
                    changedBy: try row.decode(column: "changed_by", as: UUID.self),
                    changedAt: try row.decode(column: "changed_at", as: Date.self),
                    batchID: try row.decode(column: "batch_id", as: UUID?.self)
                )
            }
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
