import DoudiDomain
import Foundation
import Vapor

/// `doudi simulate --region CODE [--urban YUAN] [--rural YUAN] --from DATE [--households] --as USER`:
/// "raise region R's standard to X from date D". Prints, by township, the households
/// covered before and after, who joins and who leaves, whose amount changes and the
/// monthly cost before, after and the difference; with `--households`, each household
/// that changes. Reads the registry in the user's area; writes nothing.
struct SimulateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "region", help: L("cli.option.simulate.region"))
        var region: String?
        @Option(name: "urban", help: L("cli.option.simulate.urban"))
        var urban: String?
        @Option(name: "rural", help: L("cli.option.simulate.rural"))
        var rural: String?
        @Option(name: "from", help: L("cli.option.simulate.from"))
        var from: String?
        @Flag(name: "households", help: L("cli.option.simulate.households"))
        var households: Bool
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
    }

    var help: String { L("cli.help.simulate") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let output: StandardSimulationRunner.Output
        do {
            let change = try StandardSimulationRunner.change(region: signature.region ?? caller.scope.value, urban: signature.urban,
                                                             rural: signature.rural, from: signature.from ?? CivilDate.today().iso)
            output = try await StandardSimulationRunner(database: app.db, auditKey: app.auditKey, book: app.policyBook, origin: "cli")
                .run(change, as: caller)
        } catch let error as UserFacingError {
            throw CommandFailure(error.reason)
        }
        context.console.output(ConsoleText(stringLiteral: SimulationText.table(output, households: signature.households)))
    }
}

/// The simulation as tab-separated text: the CLI's output.
enum SimulationText {
    static func table(_ output: StandardSimulationRunner.Output, households: Bool) -> String {
        let result = output.result
        var lines = [SimulationSummary.heading(result.change, names: output.names)]
        lines.append(SimulationSummary.columns.map { L("simulation.column.\($0)") }.joined(separator: "\t"))
        for (township, totals) in result.townships {
            lines.append(([output.names[township.value] ?? township.value] + SimulationSummary.cells(totals)).joined(separator: "\t"))
        }
        lines.append(([L("simulation.total")] + SimulationSummary.cells(result.total)).joined(separator: "\t"))
        if result.total.notAssessed > 0 { lines.append(L("simulation.page.not_assessed", ["count": String(result.total.notAssessed)])) }
        if output.neverChecked > 0 { lines.append(L("simulation.page.never_checked", ["count": String(output.neverChecked)])) }
        if households {
            lines.append(SimulationSummary.rowColumns.map { L("simulation.row.\($0)") }.joined(separator: "\t"))
            for row in result.rows { lines.append(SimulationSummary.rowCells(row, names: output.names).joined(separator: "\t")) }
        }
        return lines.joined(separator: "\n")
    }
}
