import DoudiDomain
import Foundation
import Vapor

/// `doudi import households FILE [--legacy] --as USER [--report PATH]`
struct ImportHouseholdsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: L("cli.option.file"))
        var file: String
        @Flag(name: "legacy", help: L("cli.help.legacy"))
        var legacy: Bool
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
        @Option(name: "report", help: L("cli.option.report"))
        var report: String?
    }

    var help: String { L("cli.help.import.households") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let outcome = try await ImportRunner.run(
            kind: .households, path: signature.file, legacy: signature.legacy, caller: caller,
            reportPath: signature.report, app: app, console: context.console)
        if !outcome.succeeded { throw CommandFailure(L("import.result.failed", ["count": String(outcome.errors.count), "report": signature.report ?? ImportRunner.defaultReportPath(for: signature.file)])) }
    }
}
