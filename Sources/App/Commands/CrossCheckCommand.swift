import DoudiDomain
import Foundation
import Vapor

/// `doudi crosscheck --region CODE [--rules ID-DEATH,HH-TEKUN,…] [--batches ID,…] --as USER`:
/// runs the audit rules (`AuditRule`: all of them unless named) over a region: the identity
/// rules over its roll against reference batches (the latest of each kind when none are
/// named), the household rules over its registered households; shows each phase as it runs, and ends with a table of the
/// findings per rule: new, changed, unchanged.
struct CrossCheckCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "region", help: L("cli.option.crosscheck.region"))
        var region: String?
        @Option(name: "rules", help: L("cli.option.crosscheck.rules"))
        var rules: String?
        @Option(name: "batches", help: L("cli.option.crosscheck.batches"))
        var batches: String?
        @Option(name: "exits-since", help: L("cli.option.evaluate_region.exits_since"))
        var exitsSince: String?
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
    }

    var help: String { L("cli.crosscheck.help") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let region = try CallerResolution.region(signature.region, caller: caller)
        var rules = Set(AuditRule.allCases)
        if let text = signature.rules?.trimmed.nonEmpty {
            rules = []
            for code in text.split(separator: ",").map(\.trimmed) {
                guard let rule = AuditRule(code: code) else {
                    throw CommandFailure(L("cli.error.crosscheck.rule", ["value": code,
                                                                        "rules": AuditRule.allCases.map(\.code).joined(separator: ", ")]))
                }
                rules.insert(rule)
            }
        }
        var batchIDs: [UUID] = []
        for text in (signature.batches ?? "").split(separator: ",").map(\.trimmed) where !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw CommandFailure(L("crosscheck.error.batch", ["batch": text])) }
            batchIDs.append(id)
        }
        let today = CivilDate.today()
        let exitsSince = try CallerResolution.date(signature.exitsSince, or: today.adding(months: -12))
        let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
        let bar = ProgressBar()
        let outcome: CrossCheckRunner.Outcome
        do {
            outcome = try await runner.run(.init(region: region, rules: rules, batchIDs: batchIDs, caller: caller, today: today,
                                                   exitsSince: exitsSince)) { phase, done in
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
        lines.append(["code", "rule", "new", "changed", "reopened", "unchanged"].map { L("crosscheck.summary.column.\($0)") }.joined(separator: "\t"))
        for rule in AuditRule.allCases {
            guard let counts = outcome.counts[rule] else { continue }
            lines.append([rule.code, rule.name(), String(counts.new), String(counts.changed), String(counts.reopened), String(counts.unchanged)].joined(separator: "\t"))
        }
        if outcome.counts.isEmpty { lines.append(L("crosscheck.summary.none")) }
        for (reason, count) in outcome.unassessed.sorted(by: { $0.key < $1.key }) {
            lines.append(L("crosscheck.summary.unassessed", ["reason": L("crosscheck.unassessed.\(reason)"), "count": String(count)]))
        }
        lines.append(outcome.timings.map { L("crosscheck.phase.\($0.phase)") + String(format: " %.2f s", $0.seconds) }.joined(separator: "；"))
        if !outcome.householdTimings.isEmpty {
            let timings = outcome.householdTimings.map { L("crosscheck.phase.\($0.phase)") + String(format: " %.2f s", $0.seconds) }
            lines.append(L("crosscheck.summary.beside", ["phases": timings.joined(separator: "；")]))
        }
        return lines.joined(separator: "\n")
    }
}
