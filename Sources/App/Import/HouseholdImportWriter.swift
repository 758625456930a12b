import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Writes a household file inside the import's transaction (`ImportTransaction`), in two
/// steps: the new persons, which need only their keys and so can be written while the
/// rest is planned, then the `HouseholdWritePlan`: the batch record, inserts in multi-row
/// statements, updates of changed rows, and one history row per changed record carrying
/// its before-image. All of it or none of it.
struct HouseholdImportWriter {
    let request: ImportRequest
    let sql: any SQLDatabase

    func insertNewPersons(rows: [HouseholdFileRow], keys: NewPersonKeys) async throws {
        let now = request.now
        try await BulkInsert(table: PersonRow.table, columns: PersonRow.columns + ["updated_at"])
            .run(HouseholdWritePlan.newPersons(rows: rows, keys: keys).lazy.map { $0.values + [now] }, on: sql)
    }

    func write(_ plan: HouseholdWritePlan) async throws -> UUID {
        let batchID = OrderedUUID.make()
        let now = request.now
        try await ImportBatchStore(sql: sql).insert(ImportBatchStore.Batch(
            id: batchID, region: request.caller.scope.value, kind: "households", fileName: request.fileName,
            fileSHA256: request.fileSHA256, legacy: request.legacy,
            rowsTotal: plan.addedRows + plan.changedRows + plan.unchangedRows, rowsAdded: plan.addedRows,
            rowsChanged: plan.changedRows, rowsUnchanged: plan.unchangedRows, idsFlagged: plan.flaggedRows,
            importedBy: request.caller.userID, importedAt: now))

        for (_, after) in plan.changedPersons {
            try await RowUpdate.run(PersonRow.table, id: after.id, columns: PersonRow.columns, values: after.values, now: now, sql: sql)
        }
        try await BulkInsert(table: HouseholdRow.table, columns: HouseholdRow.columns + ["updated_at"])
            .run(plan.newHouseholds.lazy.map { $0.values + [now] }, on: sql)
        for (_, after) in plan.changedHouseholds {
            try await RowUpdate.run(HouseholdRow.table, id: after.id, columns: HouseholdRow.columns, values: after.values, now: now, sql: sql)
        }
        // Ended memberships go first so the one-current-membership index never sees two.
        for (_, after) in plan.changedMemberships {
            try await RowUpdate.run(MembershipRow.table, id: after.id, columns: MembershipRow.columns, values: after.values, now: nil, sql: sql)
        }
        try await BulkInsert(table: MembershipRow.table, columns: MembershipRow.columns)
            .run(plan.newMemberships.lazy.map(\.values), on: sql)

        var history: [ChangeRecord] = []
        func before(_ entity: String, _ id: UUID, _ region: String, _ json: String) {
            history.append(ChangeRecord(id: OrderedUUID.make(), region: region, entity: entity, entityID: id, action: .update,
                                        beforeJSON: json, changedBy: request.caller.userID, changedAt: now, batchID: batchID))
        }
        for (old, _) in plan.changedPersons { before("person", old.id, old.regionCode, ChangeLog.json(old)) }
        for (old, _) in plan.changedHouseholds { before("household", old.id, old.regionCode, ChangeLog.json(old)) }
        for (old, _) in plan.changedMemberships { before("membership", old.id, old.regionCode, ChangeLog.json(old)) }
        try await ChangeLog(sql: sql).recordAll(history)
        return batchID
    }
}
