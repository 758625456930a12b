import DoudiDomain
import Vapor

/// `doudi import KIND FILE --as USER`: registry and master-data imports.
struct ImportCommands: AsyncCommandGroup {
    var help: String { L("cli.import.help") }
    var commands: [String: any AnyAsyncCommand] {
        var commands: [String: any AnyAsyncCommand] = [
            "households": ImportHouseholdsCommand(),
            "reference": ImportReferenceCommand(),
        ]
        let records: [ImportKind] = [.regions, .staff, .enrollments, .payments, .incomes, .assets, .relations, .adl, .accounts]
        for kind in records { commands[kind.rawValue] = ImportRecordsCommand(kind: kind) }
        return commands
    }
}

/// `doudi import KIND FILE --as USER [--report PATH]` for regions and the registry record
/// files (docs/import-templates.md §2–§10), which share one signature: no legacy mode, since
/// only household rolls carry invalid ID numbers that must be kept and flagged.
struct ImportRecordsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: L("cli.option.file"))
        var file: String
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
        @Option(name: "report", help: L("cli.option.report"))
        var report: String?
    }

    let kind: ImportKind

    var help: String { L("cli.import.\(kind.rawValue).help") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let outcome = try await ImportRunner.run(kind: kind, path: signature.file, legacy: false, caller: caller,
                                                 reportPath: signature.report, app: app, console: context.console)
        guard outcome.succeeded else {
            let report = signature.report ?? ImportRunner.defaultReportPath(for: signature.file)
            throw CommandFailure(L("import.result.failed", ["count": String(outcome.errors.count), "report": report]))
        }
    }
}
