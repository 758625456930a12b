import DoudiDomain
import Foundation
import Vapor

/// `doudi import reference --kind KIND --source DEPT --as-of DATE FILE --as USER [--report PATH]`:
/// one department's reference batch (docs/reference-templates.md). Valid rows are kept,
/// every invalid row goes to the report, and the batch is committed whole or not at all.
struct ImportReferenceCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "kind", help: L("cli.option.reference.kind"))
        var kind: String?
        @Option(name: "source", help: L("cli.option.reference.source"))
        var source: String?
        @Option(name: "as-of", help: L("cli.option.reference.as_of"))
        var asOf: String?
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
        @Option(name: "report", help: L("cli.option.report"))
        var report: String?
        // Declared after the options: ConsoleKit fills properties in order, and an argument
        // read first would take an option's value (`--kind deaths`) for the file.
        @Argument(name: "file", help: L("cli.option.file"))
        var file: String
    }

    var help: String { L("cli.import.reference.help") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let kinds = ReferenceKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let kind = signature.kind.flatMap(ReferenceKind.init(rawValue:)) else {
            throw CommandFailure(L("cli.error.reference.kind", ["value": signature.kind ?? "", "kinds": kinds]))
        }
        guard let source = signature.source?.trimmed.nonEmpty else { throw CommandFailure(L("cli.error.reference.source")) }
        guard let asOf = signature.asOf.flatMap(CivilDate.init(iso:)) else {
            throw CommandFailure(L("cli.error.date", ["value": signature.asOf ?? ""]))
        }
        guard asOf <= .today() else { throw CommandFailure(L("cli.error.reference.as_of_future", ["value": asOf.iso])) }
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        guard caller.role.may(.importData) else { throw CommandFailure(L("cli.error.role_forbidden", ["role": caller.role.label()])) }
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            throw CommandFailure(L("cli.error.file_not_found", ["path": signature.file]))
        }
        let request = ReferenceImportRequest(kind: kind, sourceDepartment: source, asOf: asOf,
                                             file: ImportRequest(fileName: URL(fileURLWithPath: signature.file).lastPathComponent,
                                                                 data: data, caller: caller))
        let outcome = try await ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles).run(request)
        let report = signature.report ?? ImportRunner.defaultReportPath(for: signature.file)
        if !outcome.issues.isEmpty {
            try ImportReport.write(outcome.issues, to: report)
            context.console.output(ConsoleText(stringLiteral: L("import.report.written", ["path": report])))
        }
        guard let batch = outcome.batch else {
            throw CommandFailure(L("reference.result.refused", ["count": String(outcome.issues.count), "report": report]))
        }
        context.console.output(ConsoleText(stringLiteral: L("reference.result.committed", [
            "kind": kind.label(), "batch": UUIDText.string(batch.id), "total": String(batch.rowsTotal),
            "valid": String(batch.rowsValid), "rejected": String(batch.rowsRejected),
        ])))
    }
}
