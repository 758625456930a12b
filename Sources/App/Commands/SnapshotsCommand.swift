import DoudiDomain
import Foundation
import Vapor

/// `doudi snapshots [--region CODE] --as USER`: refreshes the registry's snapshots
/// (`RegistrySnapshotRefresh`) and says, for the roll and the households, whether each was
/// current already or written now.
struct SnapshotsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "region", help: L("cli.option.crosscheck.region"))
        var region: String?
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
    }

    var help: String { L("cli.snapshots.help") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let region = try CallerResolution.region(signature.region, caller: caller)
        let refresh = RegistrySnapshotRefresh(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
        do {
            let outcome = try await refresh.run(region: region, caller: caller)
            context.console.output(ConsoleText(stringLiteral: L("snapshots.done", [
                "roll": L("snapshots.source.\(outcome.roll.rawValue)"), "rows": String(outcome.rollRows),
                "households": L("snapshots.source.\(outcome.households.rawValue)"), "count": String(outcome.householdsRead),
                "seconds": String(format: "%.1f", outcome.seconds),
            ])))
        } catch let error as UserFacingError {
            throw CommandFailure(error.reason)
        }
    }
}
