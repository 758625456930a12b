import DoudiDomain
import DoudiSheets
import Fluent
import Foundation
import SQLKit
import Vapor

/// Imports a 家庭成员 file all-or-nothing: read and validate everything, check it
/// against the database, and only then write, in one transaction.
public struct HouseholdImporter: Sendable {
    let database: any Database
    let auditKey: SymmetricKey

    init(database: any Database, auditKey: SymmetricKey) {
        self.database = database
        self.auditKey = auditKey
    }

    public func run(_ request: ImportRequest, progress: (@Sendable (ImportProgress) -> Void)? = nil) async throws -> ImportOutcome {
        progress?(ImportProgress(phase: .reading, done: 0, total: 0))
        let (today, legacy) = (request.today, request.legacy)
        let (file, rows) = try await BlockingWork.run {
            try TemplateFile.read(request, template: HouseholdTemplate.columns, progress: { read in
                progress?(ImportProgress(phase: .reading, done: read, total: 0))
            }) { reader in
                HouseholdFileRow.parse(&reader, today: today, legacy: legacy)
            }
        }
        if file.unreadable { return .failed(file.issues) }

        progress?(ImportProgress(phase: .validating, done: 0, total: rows.count))
        // The whole-file check runs alongside the database checks and the new persons' writes.
        let checking = Task { try await BlockingWork.run { HouseholdFileCheck(rows: rows) } }
        let outcome = try await ImportTransaction.run(on: database, kind: "households", request: request, auditKey: auditKey,
                                                largeLoad: rows.count >= BulkSession.largeLoadRows) { sql in
            let existing = try await ExistingRegistry.load(for: rows, sql: sql)
            let registryIssues = try await regionIssues(rows: rows, caller: request.caller, sql: sql)
                + existing.scopeIssues(rows: rows, caller: request.caller)
            func allIssues(_ check: HouseholdFileCheck) -> [ImportIssue] { file.issues + check.issues + registryIssues }
            if registryIssues.hasErrors { try ImportRejected.unlessClean(allIssues(try await checking.value)) }

            // New persons need only their keys, so they are written while the file check
            // finishes and the rest is planned: on a county's first roll that is most of
            // the planning time taken off the database's critical path. Should the check
            // reject the file, the write stops and rolls back with the transaction, and
            // the user sees the check's issues, never a constraint error it caused.
            let newKeys = HouseholdWritePlan.newPersonKeys(rows: rows, existing: existing)
            let writer = HouseholdImportWriter(request: request, sql: sql)
            progress?(ImportProgress(phase: .writing, done: 0, total: rows.count))
            let personsWritten = Task { try await writer.insertNewPersons(rows: rows, keys: newKeys) }
            let check: HouseholdFileCheck
            do {
                check = try await checking.value
                try ImportRejected.unlessClean(allIssues(check))
            } catch {
                personsWritten.cancel()
                _ = await personsWritten.result
                throw error
            }
            let plan = try await BlockingWork.run {
                HouseholdWritePlan(rows: rows, groups: check.groups, existing: existing, newKeys: newKeys, today: request.today)
            }
            try await personsWritten.value
            let batchID = try await writer.write(plan)
            progress?(ImportProgress(phase: .writing, done: rows.count, total: rows.count))

            var outcome = ImportOutcome()
            outcome.batchID = batchID
            outcome.rowsTotal = rows.count
            outcome.added = plan.addedRows
            outcome.changed = plan.changedRows
            outcome.unchanged = plan.unchangedRows
            outcome.flagged = plan.flaggedRows
            outcome.issues = allIssues(check)
            // The plan, the keys and the registry snapshot are freed while the transaction commits.
            BackgroundRelease.release((consume plan, consume newKeys, consume existing))
            return outcome
        }
        // The parsed file goes the same way once the import has committed.
        BackgroundRelease.release((consume rows, checking))
        return outcome
    }

    /// Every household's village must exist, be a village, and lie in the caller's area.
    /// Judged once per distinct code (a province's roll names some 16,000 villages).
    private func regionIssues(rows: [HouseholdFileRow], caller: Caller, sql: any SQLDatabase) async throws -> [ImportIssue] {
        let codes = Array(Set(rows.map(\.region))).sorted()
        let levels = try await chunkedLookup(codes) { chunk in
            try await sql.select().columns("code", "level").from("regions").where("code", .in, chunk).all()
                .map { (try $0.decode(column: "code", as: String.self), try $0.decode(column: "level", as: Int.self)) }
        }
        let levelByCode = Dictionary(levels, uniquingKeysWith: { first, _ in first })
        var reasonByCode: [String: String] = [:]
        for code in codes {
            if let level = levelByCode[code] {
                if level != RegionLevel.village.rawValue {
                    reasonByCode[code] = "import.error.region.not_village"
                } else if let region = RegionCode(code), !caller.mayAccess(region) {
                    reasonByCode[code] = "import.error.region.out_of_scope"
                }
            } else {
                reasonByCode[code] = "import.error.region.unknown"
            }
        }
        guard !reasonByCode.isEmpty else { return [] }
        var issues: [ImportIssue] = []
        var reported: Set<String> = []
        for row in rows {
            // One issue per household's first row keeps the report readable.
            if let reason = reasonByCode[row.region], reported.insert(row.householdNo).inserted {
                issues.append(ImportIssue(line: row.line, column: "region_code", value: row.region, reasonKey: reason))
            }
        }
        return issues
    }
}
