import DoudiDomain
import Fluent
import SQLKit
import Vapor

/// A registry record import (docs/import-templates.md §2–§9), all-or-nothing like the
/// household import: read and validate every cell, check across rows, check against
/// the database (every reference must exist within the caller's area), and only then
/// write, in one transaction. Each kind supplies its row type and its references.
protocol RecordImporter: Sendable {
    associatedtype Row: RecordFileRow
    associatedtype Record: ImportedRecord
    typealias Line = RecordFile<Row>.Line

    /// The kind recorded on the batch (`import_batches.kind`), as on the command line.
    static var kind: String { get }
    var database: any Database { get }
    /// Seals the batch's audit entry (`AuditLog`).
    var auditKey: SymmetricKey { get }

    /// Resolves the rows' references within the caller's area and builds the records
    /// they describe; a row with an unresolvable reference yields an issue, not a record.
    func records(for lines: [Line], caller: Caller, sql: any SQLDatabase,
                 issues: inout [ImportIssue]) async throws -> [(line: Line, record: Record)]

    /// Writes what the records own in other tables (an enrollment's members).
    func writeDependents(of plan: RecordPlan<Record>, sql: any SQLDatabase) async throws
}

extension RecordImporter {
    func writeDependents(of plan: RecordPlan<Record>, sql: any SQLDatabase) async throws {}

    func run(_ request: ImportRequest) async throws -> ImportOutcome {
        let file = try await BlockingWork.run { try RecordFile<Row>(request) }
        if file.unreadable { return .failed(file.issues) }
        return try await ImportTransaction.run(on: database, kind: Self.kind, request: request, auditKey: auditKey) { sql in
            var issues = file.issues
            let wanted = try await records(for: file.lines, caller: request.caller, sql: sql, issues: &issues)
            let stored = try await Record.stored(matching: wanted.map { $0.record }, sql: sql)
            issues += Self.heldElsewhere(wanted, stored: stored, caller: request.caller)
            try ImportRejected.unlessClean(issues)

            let plan = RecordPlan(wanted: wanted.map { $0.record }, stored: stored)
            let batchID = try await RecordImportWriter().write(plan, kind: Self.kind, request: request, sql: sql) { plan, sql in
                try await writeDependents(of: plan, sql: sql)
            }
            var outcome = ImportOutcome()
            outcome.batchID = batchID
            outcome.rowsTotal = plan.total
            outcome.added = plan.inserts.count
            outcome.changed = plan.updates.count
            outcome.unchanged = plan.unchanged
            outcome.issues = issues
            return outcome
        }
    }

    /// A natural key (工号, 证号) already used by a record of another area cannot be
    /// taken over or overwritten from here.
    private static func heldElsewhere(_ wanted: [(line: Line, record: Record)], stored: [Record],
                                      caller: Caller) -> [ImportIssue] {
        let outside = Set(stored.filter { !(RegionCode($0.regionCode).map(caller.mayAccess) ?? false) }.map(\.naturalKey))
        return wanted.filter { outside.contains($0.record.naturalKey) }.map { line, _ in
            ImportIssue(line: line.line, column: Row.keyColumn, value: line.row.fileKey[0], reasonKey: Record.elsewhereReason)
        }
    }
}
