import DoudiDomain
import Foundation
import FluentKit
import FluentSQLiteDriver
import SQLKit
import Vapor

/// The registry's data-access layer. Every read and write takes the caller and is
/// filtered by the caller's region scope here, in SQL; nothing above this layer
/// reaches the tables. A record outside the scope is indistinguishable from a
/// missing one (nil / empty / `RegistryError.notFound`). Every write and every display
/// of a full ID number appends to the audit log in the same transaction.
public struct Registry: Sendable {
    let database: any Database
    public let caller: Caller
    let auditKey: SymmetricKey
    /// Where the caller acts from (`cli`, `web:<address>`, `api:<address>`), for the audit log.
    let origin: String

    public init(database: any Database, caller: Caller, auditKey: SymmetricKey, origin: String) {
        self.database = database
        self.caller = caller
        self.auditKey = auditKey
        self.origin = origin
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    private var scope: RegionCode { caller.scope }

    // MARK: Households

    public func household(id: UUID) async throws -> Household? {
        try await sql.select().columns(HouseholdRow.columns.map { SQLColumn($0) }).from(HouseholdRow.table)
            .where("id", .equal, id).within(scope).first().map { try HouseholdRow(row: $0).toDomain() }
    }

    /// Households matching `query`, in household-number order.
    public func households(_ query: HouseholdQuery) async throws -> [Household] {
        var select = sql.select().columns(HouseholdRow.columns.map { SQLColumn($0, table: "h") })
            .from(SQLAlias(SQLIdentifier(HouseholdRow.table), as: SQLIdentifier("h")))
            .within(scope, table: "h")
        if let region = query.region {
            let bounds = region.scopeBounds
            select = select.where(SQLColumn("region_code", table: "h"), .greaterThanOrEqual, SQLBind(bounds.lower))
                .where(SQLColumn("region_code", table: "h"), .lessThanOrEqual, SQLBind(bounds.upper))
        }
        if let number = query.householdNo { select = select.where(SQLColumn("household_no", table: "h"), .equal, SQLBind(number)) }
        if let status = query.status {
            let enrolled = sql.select().column(SQLColumn("household_id", table: "e"))
                .from(SQLAlias(SQLIdentifier(EnrollmentRow.table), as: SQLIdentifier("e")))
                .within(scope, table: "e")
                .where(SQLColumn("status", table: "e"), .equal, SQLBind(status.rawValue))
            select = select.where(SQLColumn("id", table: "h"), .in, SQLGroupExpression(enrolled.select))
        }
        if query.idNumber != nil || query.name != nil {
            // Match any current member by ID number or name.
            var members = sql.select().column(SQLColumn("household_id", table: "m"))
                .from(SQLAlias(SQLIdentifier(MembershipRow.table), as: SQLIdentifier("m")))
                .join(SQLAlias(SQLIdentifier(PersonRow.table), as: SQLIdentifier("p")), on: SQLColumn("person_id", table: "m"), .equal, SQLColumn("id", table: "p"))
                .where(SQLColumn("ended_on", table: "m"), .is, SQLLiteral.null)
                .within(scope, table: "m")
            if let idNumber = query.idNumber {
                let normalised = RecordedIDNumber(validating: idNumber, today: .today()).value
                members = members.where(SQLColumn("id_number", table: "p"), .equal, SQLBind(normalised))
            }
            if let name = query.name { members = members.where(SQLColumn("name", table: "p"), .equal, SQLBind(name)) }
            select = select.where(SQLColumn("id", table: "h"), .in, SQLGroupExpression(members.select))
        }
        return try await select.orderBy(SQLColumn("household_no", table: "h")).limit(query.limit).offset(query.offset)
            .all().map { try HouseholdRow(row: $0).toDomain() }
    }

    /// Current members of a household with their person records.
    public func members(ofHousehold id: UUID) async throws -> [(membership: Membership, person: Person)] {
        try await currentMembers { $0.where(SQLColumn("household_id", table: "m"), .equal, SQLBind(id)) }
    }

    /// Current memberships (`m`) with their persons (`p`), in the caller's area, narrowed by `refine`.
    /// `ordered`: by relationship (the dossier's order); `keeping`: the households whose
    /// rows are decoded (the others are skipped on their household key alone).
    func currentMembers(ordered: Bool = true, keeping: (@Sendable (UUID) -> Bool)? = nil,
                        _ refine: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [(membership: Membership, person: Person)] {
        let columns = MembershipRow.columns.map { SQLAlias(SQLColumn($0, table: "m"), as: SQLIdentifier("m_" + $0)) }
            + PersonRow.columns.map { SQLAlias(SQLColumn($0, table: "p"), as: SQLIdentifier("p_" + $0)) }
        var select = sql.select().columns(columns)
            .from(SQLAlias(SQLIdentifier(MembershipRow.table), as: SQLIdentifier("m")))
            .join(SQLAlias(SQLIdentifier(PersonRow.table), as: SQLIdentifier("p")), on: SQLColumn("person_id", table: "m"), .equal, SQLColumn("id", table: "p"))
            .where(SQLColumn("ended_on", table: "m"), .is, SQLLiteral.null)
            .within(scope, table: "m")
            .within(scope, table: "p")
        if ordered { select = select.orderBy(SQLColumn("relationship", table: "m")) }
        if let sqlite = sql as? any SQLiteDatabase {
            return try await Self.sqliteMembers(refine(select), sqlite: sqlite, keeping: keeping)
        }
        return try await refine(select).all().compactMap { row in
            if let keeping, !keeping(try row.decode(column: "m_household_id", as: UUID.self)) { return nil }
            let membership = try row.decode(model: MembershipRow.self, prefix: "m_", keyDecodingStrategy: ColumnNames.strategy)
            let person = try row.decode(model: PersonRow.self, prefix: "p_", keyDecodingStrategy: ColumnNames.strategy)
            return (try membership.toDomain(), try person.toDomain())
        }
    }

    // MARK: Persons

    public func person(id: UUID) async throws -> Person? {
        try await sql.select().columns(PersonRow.columns.map { SQLColumn($0) }).from(PersonRow.table)
            .where("id", .equal, id).within(scope).first().map { try PersonRow(row: $0).toDomain() }
    }

    public func person(idNumber: String) async throws -> Person? {
        let normalised = RecordedIDNumber(validating: idNumber, today: .today()).value
        return try await sql.select().columns(PersonRow.columns.map { SQLColumn($0) }).from(PersonRow.table)
            .where("id_number", .equal, normalised).within(scope).first().map { try PersonRow(row: $0).toDomain() }
    }

    /// Persons whose recorded ID number failed validation (kept by legacy imports).
    public func flaggedPersons(limit: Int = 100) async throws -> [Person] {
        try await sql.select().columns(PersonRow.columns.map { SQLColumn($0) }).from(PersonRow.table)
            .where("id_status", .notEqual, IDNumberStatus.valid.rawValue).within(scope)
            .orderBy("id_number").limit(limit).all().map { try PersonRow(row: $0).toDomain() }
    }

    /// A person whose full ID number is about to be shown, for a role that may see it:
    /// the display is recorded in the audit log before the record is returned.
    public func personRevealingIDNumber(id: UUID, at now: Date = Date()) async throws -> Person {
        // Scope first: a foreign record is "not found" whatever the role.
        guard let person = try await person(id: id) else { throw RegistryError.notFound }
        guard caller.role.may(.revealIDNumber) else { throw RegistryError.notPermitted }
        try await database.transaction { transaction in
            try await audit(AuditAction.idReveal, kind: "person", id: id, region: person.region.value, detail: "", at: now,
                            sql: transaction as! any SQLDatabase)
        }
        return person
    }

    func audit(_ action: String, kind: String, id: UUID, region: String, detail: String, at now: Date, sql: any SQLDatabase) async throws {
        try await AuditLog(sql: sql, key: auditKey).append(action: action, subjectKind: kind, subjectKey: UUIDText.string(id),
                                                           region: region, actor: caller, origin: origin, detail: detail, at: now)
    }

    // MARK: History

    public func history(of entityID: UUID) async throws -> [ChangeRecord] {
        try await ChangeLog(sql: sql).history(of: entityID, scope: scope)
    }
}

public enum RegistryError: Error, Equatable {
    /// Missing, or outside the caller's area: deliberately the same answer.
    case notFound
    /// A record's region cannot be changed by an edit: dependent rows are keyed by it,
    /// so a move is a transfer (`registry.error.region_change`).
    case regionChange
    /// The caller's role may not do this (shown as `web.error.forbidden`).
    case notPermitted
}
