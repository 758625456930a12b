import DoudiDomain
import Foundation
import FluentKit
import SQLKit

/// Single-record writes. Each checks the scope of the record as stored *and* as
/// written (a record cannot be moved out of the caller's area), and leaves a history
/// row with the before-image and an audit entry in the same transaction. Only roles
/// that may edit the registry write.
extension Registry {
    public func updateHousehold(_ household: Household, at now: Date = Date()) async throws {
        guard caller.mayAccess(household.region) else { throw RegistryError.notFound }
        guard caller.role.may(.editRegistry) else { throw RegistryError.notPermitted }
        try await database.transaction { transaction in
            let tx = transaction as! any SQLDatabase
            guard let row = try await tx.select().columns(HouseholdRow.columns.map { SQLColumn($0) }).from(HouseholdRow.table)
                .where("id", .equal, household.id).within(caller.scope).first()
            else { throw RegistryError.notFound }
            let before = try HouseholdRow(row: row)
            guard before.regionCode == household.region.value else { throw RegistryError.regionChange }
            let after = HouseholdRow(id: household.id, regionCode: household.region.value, householdNo: household.householdNo,
                                     address: household.address, areaKind: household.areaKind.rawValue, headPersonId: household.headPersonID)
            guard before != after else { return }
            try await RowUpdate.run(HouseholdRow.table, id: household.id, columns: HouseholdRow.columns,
                                                   values: after.values, now: now, sql: tx)
            try await ChangeLog(sql: tx).record(ChangeRecord(
                id: OrderedUUID.make(), region: before.regionCode, entity: "household", entityID: household.id, action: .update,
                beforeJSON: ChangeLog.json(before), changedBy: caller.userID, changedAt: now, batchID: nil))
            try await audit(AuditAction.householdUpdate, kind: "household", id: household.id, region: before.regionCode,
                            detail: "", at: now, sql: tx)
        }
    }

    public func updatePerson(_ person: Person, at now: Date = Date()) async throws {
        guard caller.mayAccess(person.region) else { throw RegistryError.notFound }
        guard caller.role.may(.editRegistry) else { throw RegistryError.notPermitted }
        try await database.transaction { transaction in
            let tx = transaction as! any SQLDatabase
            guard let row = try await tx.select().columns(PersonRow.columns.map { SQLColumn($0) }).from(PersonRow.table)
                .where("id", .equal, person.id).within(caller.scope).first()
            else { throw RegistryError.notFound }
            let before = try PersonRow(row: row)
            let after = PersonRow(person)
            // A person's region follows their household membership; it is not edited directly.
            guard before.regionCode == after.regionCode else { throw RegistryError.regionChange }
            guard !before.sameContent(as: after) else { return }
            try await RowUpdate.run(PersonRow.table, id: person.id, columns: PersonRow.columns,
                                                   values: after.values, now: now, sql: tx)
            try await ChangeLog(sql: tx).record(ChangeRecord(
                id: OrderedUUID.make(), region: before.regionCode, entity: "person", entityID: person.id, action: .update,
                beforeJSON: ChangeLog.json(before), changedBy: caller.userID, changedAt: now, batchID: nil))
            try await audit(AuditAction.personUpdate, kind: "person", id: person.id, region: before.regionCode,
                            detail: "", at: now, sql: tx)
        }
    }

    /// Ends a person's current membership (moved out, died …) on `date`.
    public func endMembership(id: UUID, on date: CivilDate, at now: Date = Date()) async throws {
        guard caller.role.may(.editRegistry) else { throw RegistryError.notPermitted }
        try await database.transaction { transaction in
            let tx = transaction as! any SQLDatabase
            guard let row = try await tx.select().columns(MembershipRow.columns.map { SQLColumn($0) }).from(MembershipRow.table)
                .where("id", .equal, id).where("ended_on", .is, SQLLiteral.null).within(caller.scope).first()
            else { throw RegistryError.notFound }
            let before = try MembershipRow(row: row)
            try await tx.update(MembershipRow.table).set("ended_on", to: date.iso).where("id", .equal, id).run()
            try await ChangeLog(sql: tx).record(ChangeRecord(
                id: OrderedUUID.make(), region: before.regionCode, entity: "membership", entityID: id, action: .update,
                beforeJSON: ChangeLog.json(before), changedBy: caller.userID, changedAt: now, batchID: nil))
            try await audit(AuditAction.membershipEnd, kind: "membership", id: id, region: before.regionCode,
                            detail: date.iso, at: now, sql: tx)
        }
    }
}
