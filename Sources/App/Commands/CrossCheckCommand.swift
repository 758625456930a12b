import DoudiDomain
import Foundation
import Vapor

/// `doudi crosscheck --region CODE [--rules ID-DEATH,…] [--batches ID,…] --as USER`: runs
/// the identity rules over a region's roll against reference batches (the latest of each
/// kind when none are named), shows each phase as it runs, and ends with a table of the
/// findings per rule: new, changed, unchanged.
struct CrossCheckCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "region", help: L("cli.option.crosscheck.region"))
        var region: String?
        @Option(name: "rules", help: L("cli.option.crosscheck.rules"))
        var rules: String?
        @Option(name: "batches", help: L("cli.option.crosscheck.batches"))
        var batches: String?
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
    }

    var help: String { L("cli.crosscheck.help") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let region = try CallerResolution.region(signature.region, caller: caller)
        var rules = Set(IdentityRule.allCases)
        if let text = signature.rules?.trimmed.nonEmpty {
            rules = []
            for code in text.split(separator: ",").map({ $0.trimmed.uppercased() }) {
                guard let rule = IdentityRule(rawValue: code) else {
                    throw CommandFailure(L("cli.error.crosscheck.rule", ["value": code,
                                                                        "rules": IdentityRule.allCases.map(\.rawValue).joined(separator: ", ")]))
                }
                rules.insert(rule)
            }
        }
        var batchIDs: [UUID] = []
        for text in (signature.batches ?? "").split(separator: ",").map(\.trimmed) where !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw CommandFailure(L("crosscheck.error.batch", ["batch": text])) }
            batchIDs.append(id)
        }
        let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
        let bar = ProgressBar()
        let outcome: CrossCheckRunner.Outcome
        do {
            outcome = try await runner.run(.init(region: region, rules: rules, batchIDs: batchIDs, caller: caller)) { phase, done in
                let phases = CrossCheckRunner.Phase.allCases
                let index = phases.firstIndex(of: phase) ?? 0
                bar.show((Double(index) + done) / Double(phases.count), label: L("crosscheck.phase.\(phase.rawValue)"))
            }
            bar.finish()
        } catch let error as UserFacingError {
            bar.finish()
            throw CommandFailure(error.reason)
        }
        context.console.output(ConsoleText(stringLiteral: CrossCheckSummary.text(outcome)))
    }
}

/// The table a run ends with.
enum CrossCheckSummary {
    static func text(_ outcome: CrossCheckRunner.Outcome) -> String {
        var lines = [L("crosscheck.summary.heading", ["run": UUIDText.string(outcome.runID), "rows": String(outcome.rollRows),
                                                       "batches": String(outcome.batches.count)])]
        for batch in outcome.batches {
            lines.append("  " + L("crosscheck.summary.batch", ["kind": batch.kind.label(), "batch": UUIDText.string(batch.id),
                                                               "source": batch.sourceDepartment, "as_of": batch.asOf.iso]))
        }
        lines.append(["code", "rule", "new", "changed", "unchanged"].map { L("crosscheck.summary.column.\($0)") }.joined(separator: "\t"))
        for rule in IdentityRule.allCases {
            guard let counts = outcome.counts[rule] else { continue }
            lines.append([rule.rawValue, rule.name(), String(counts.new), String(counts.changed), String(counts.unchanged)].joined(separator: "\t"))
        }
        if outcome.counts.isEmpty { lines.append(L("crosscheck.summary.none")) }
        lines.append(outcome.timings.map { L("crosscheck.phase.\($0.phase)") + String(format: " %.2f s", $0.seconds) }.joined(separator: "；"))
        return lines.joined(separator: "\n")
    }
}
