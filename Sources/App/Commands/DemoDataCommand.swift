import DoudiDomain
import DoudiSynthetic
import Foundation
import Vapor

/// `doudi demo-data --out DIR [--seed N] [--recipients N] [--references] [--as-of YYYY-MM]`:
/// writes the demo county (or a province-scale roll) as import files. Same seed, same bytes.
struct DemoDataCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "out", help: L("cli.help.demo_data.out"))
        var out: String?
        @Option(name: "seed", help: L("cli.help.demo_data.seed"))
        var seed: UInt64?
        @Option(name: "recipients", help: L("cli.help.demo_data.recipients"))
        var recipients: Int?
        @Flag(name: "references", help: L("cli.help.demo_data.references"))
        var references: Bool
        @Option(name: "as-of", help: L("cli.help.demo_data.as_of"))
        var asOf: String?
    }

    var help: String { L("cli.help.demo_data") }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let out = signature.out else { throw CommandFailure(L("cli.error.no_out")) }
        var options = DemoDataOptions()
        if let seed = signature.seed { options.seed = seed }
        if let recipients = signature.recipients { options.recipients = recipients }
        options.references = signature.references
        if let text = signature.asOf {
            guard let month = MonthPeriod(iso: text) else { throw CommandFailure(L("import.error.month.invalid")) }
            options.asOf = month
        }
        let directory = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The households are settled against the household rules of the policy in force here.
        let audit = try DemoAuditRules.demo(book: context.application.policyBook, asOf: options.asOf)
        let summary = try generateDemoData(options: options, audit: audit, policy: context.application.policyBook, outputDirectory: directory) { file, rows in
            context.console.output(ConsoleText(stringLiteral: "\r\(file) \(rows)"), newLine: false)
        }
        context.console.output("")
        for file in summary.files {
            context.console.output(ConsoleText(stringLiteral: L("demo_data.file", ["file": file.name, "rows": String(file.rows)])))
        }
    }
}
