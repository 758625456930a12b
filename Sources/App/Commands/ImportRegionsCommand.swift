import DoudiDomain
import Foundation
import Vapor

/// `doudi import regions FILE --as USER`: region master data.
struct ImportRegionsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: L("cli.help.file"))
        var file: String
        @Option(name: "as", help: L("cli.help.as"))
        var actingUser: String?
        @Option(name: "report", help: L("cli.help.report"))
        var report: String?
    }

    var help: String { L("cli.help.import.regions") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let outcome = try await ImportRunner.run(
            kind: .regions, path: signature.file, legacy: false, caller: caller,
            reportPath: signature.report, app: app, console: context.console)
        if !outcome.succeeded { throw CommandFailure(L("import.result.failed", ["count": String(outcome.errors.count), "report": signature.report ?? ImportRunner.defaultReportPath(for: signature.file)])) }
    }
}
