import DoudiDomain
import DoudiMatch
import Fluent
import Foundation
import SQLKit
import Vapor

/// Imports one reference batch (docs/reference-templates.md). Unlike a registry import,
/// a department's file keeps its valid rows: each invalid row is reported and left out.
/// The batch is still atomic: its validated file and column cache are written under
/// temporary names and renamed into place, and only then is the batch row committed, with
/// its audit entry, in one transaction. An import stopped at any point leaves either the
/// whole batch or none of it.
struct ReferenceImporter {
    let database: any Database
    let auditKey: SymmetricKey
    let files: ReferenceFiles

    func run(_ request: ReferenceImportRequest) async throws -> ReferenceImportOutcome {
        try files.prepare()
        files.sweepIncoming()
        files.sweepUnreferenced(keeping: try await ReferenceBatchStore(sql: database as! any SQLDatabase).contentHashes())
        let template = ReferenceTemplate.of(request.kind)
        let incomingCSV = files.incomingFile("csv")
        let today = request.file.today
        let check = try await BlockingWork.run {
            try ReferenceFileCheck(template: template, today: today).run(data: request.file.data, fileName: request.file.fileName,
                                                                        output: incomingCSV)
        }
        var outcome = ReferenceImportOutcome(rowsTotal: check.rowsTotal, rowsValid: check.rowsValid, issues: check.issues)
        guard !check.unreadable, check.rowsValid > 0 else {
            try? FileManager.default.removeItem(at: incomingCSV)
            if !check.unreadable {
                outcome.issues.append(ImportIssue(line: 0, column: nil, value: "", reasonKey: "reference.error.no_valid_rows"))
            }
            return outcome
        }

        let contentSHA = try await BlockingWork.run { () throws -> String in
            let data = try Data(contentsOf: incomingCSV, options: .alwaysMapped)
            let sha = SHA256Hex.of(data)
            let incomingCache = files.incomingFile("cols")
            try Data(check.columns.encoded()).write(to: incomingCache)
            try files.place(incomingCache, at: files.cacheFile(sha))
            try files.place(incomingCSV, at: files.validatedFile(sha))
            return sha
        }
        let batch = ReferenceBatch(
            id: UUID(), region: request.file.caller.scope.value, kind: request.kind, sourceDepartment: request.sourceDepartment,
            asOf: request.asOf, fileName: request.file.fileName, uploadSHA256: request.file.fileSHA256, contentSHA256: contentSHA,
            rowsTotal: check.rowsTotal, rowsValid: check.rowsValid, rowsRejected: check.rowsTotal - check.rowsValid,
            importedBy: request.file.caller.userID, importedAt: request.file.now)
        if !check.issues.isEmpty {
            try JSONEncoder().encode(check.issues).write(to: files.report(batch.id), options: .atomic)
        }
        try await database.transaction { transaction in
            let sql = transaction as! any SQLDatabase
            try await ReferenceBatchStore(sql: sql).insert(batch)
            try await AuditLog(sql: sql, key: auditKey).append(
                action: "reference.import", subjectKind: "reference_batch", subjectKey: UUIDText.string(batch.id),
                region: batch.region, actor: request.file.caller, origin: request.file.origin,
                detail: ReferenceAuditDetail(batch).json, at: request.file.now)
        }
        outcome.batch = batch
        return outcome
    }
}

/// What a reference import's audit entry records: never a row, only the batch's facts.
struct ReferenceAuditDetail: Encodable {
    let kind: String
    let source: String
    let asOf: String
    let file: String
    let uploadSHA256: String
    let contentSHA256: String
    let rows: Int
    let valid: Int
    let rejected: Int

    init(_ batch: ReferenceBatch) {
        (kind, source, asOf, file) = (batch.kind.rawValue, batch.sourceDepartment, batch.asOf.iso, batch.fileName)
        (uploadSHA256, contentSHA256) = (batch.uploadSHA256, batch.contentSHA256)
        (rows, valid, rejected) = (batch.rowsTotal, batch.rowsValid, batch.rowsRejected)
    }

    var json: String { ChangeLog.json(self) }
}
