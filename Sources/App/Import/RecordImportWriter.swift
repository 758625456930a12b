import DoudiDomain
import Fluent
import Foundation
import SQLKit

/// Applies a `RecordPlan` inside the import's transaction (`ImportTransaction`): the
/// batch record, multi-row inserts, in-place updates of changed records, whatever the
/// records own in other tables, and one history row per changed record with its
/// before-image. All of it or nothing.
struct RecordImportWriter {
    func write<Record: ImportedRecord>(
        _ plan: RecordPlan<Record>, kind: String, request: ImportRequest, sql: any SQLDatabase,
        dependents: @Sendable (RecordPlan<Record>, any SQLDatabase) async throws -> Void
    ) async throws -> UUID {
        let batchID = OrderedUUID.make()
        let now = request.now
        let stamp: Date? = Record.stampsUpdatedAt ? now : nil
        try await ImportBatchStore(sql: sql).insert(ImportBatchStore.Batch(
            id: batchID, region: request.caller.scope.value, kind: kind, fileName: request.fileName,
            fileSHA256: request.fileSHA256, legacy: false, rowsTotal: plan.total, rowsAdded: plan.inserts.count,
            rowsChanged: plan.updates.count, rowsUnchanged: plan.unchanged, idsFlagged: 0,
            importedBy: request.caller.userID, importedAt: now))

        try await BulkInsert(table: Record.table, columns: Record.columns + (stamp == nil ? [] : ["updated_at"]))
            .run(plan.inserts.lazy.map { $0.values + (stamp.map { [$0] } ?? []) }, on: sql)
        for (_, after) in plan.updates {
            try await RowUpdate.run(Record.table, id: after.id, columns: Record.columns, values: after.values,
                                                   now: stamp, sql: sql)
        }
        try await dependents(plan, sql)
        try await ChangeLog(sql: sql).recordAll(plan.updates.map { before, _ in
            ChangeRecord(id: OrderedUUID.make(), region: before.regionCode, entity: Record.entity, entityID: before.id, action: .update,
                         beforeJSON: before.beforeImage, changedBy: request.caller.userID, changedAt: now, batchID: batchID)
        })
        return batchID
    }
}
