import DoudiDomain
import DoudiSheets
import Foundation
import SQLKit
import Vapor

/// `doudi evaluate-region --region CODE [--date D] --out FILE.csv --as USER`: every program
/// for every household of the region in the user's area (`ProgramBatch`), one CSV row per
/// household, with the households the rules cannot judge on rows of their own, a count of
/// each signal where the rules and the registry disagree, and the household audit rules'
/// hits (`HouseholdAudit`; 脱保复核 from `--exits-since`, a year back by default). Reads only;
/// writes the file. The cross-check does not store these hits as findings yet.
struct EvaluateRegionCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "region", help: L("cli.option.simulate.region"))
        var region: String?
        @Option(name: "date", help: L("cli.option.evaluate.date"))
        var date: String?
        @Option(name: "out", help: L("cli.option.evaluate_region.out"))
        var out: String?
        @Option(name: "exits-since", help: L("cli.option.evaluate_region.exits_since"))
        var exitsSince: String?
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
    }

    var help: String { L("cli.help.evaluate_region") }

    static let columns = ["household", "township", "outcome", "dibao", "dibao_amount", "tekun", "living", "care", "recorded", "flags", "audit"]

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let region = try CallerResolution.region(signature.region, caller: caller)
        guard let visible = caller.visiblePart(of: region) else {
            throw CommandFailure(L("simulation.error.scope", ["region": region.value]))
        }
        let date = try CallerResolution.date(signature.date, or: .today())
        guard let out = signature.out else { throw CommandFailure(L("cli.error.evaluate_region.out")) }
        // 脱保复核 looks back a year unless told otherwise.
        let exitsSince = try CallerResolution.date(signature.exitsSince, or: date.adding(months: -12))

        let registry = Registry(database: app.db, caller: caller, auditKey: app.auditKey, origin: "cli")
        let loaded = try await registry.registeredHouseholds(in: visible, on: date)
        let outcomes = ProgramBatch.run(loaded.households, book: app.policyBook, on: date, audit: .init(exitsSince: exitsSince, ages: try AuditAges(book: app.policyBook, region: visible, on: date)))
        let names = try await RegionStore(sql: app.db as! any SQLDatabase).regions(Set(loaded.households.map(\.township.value) + loaded.unassessed.map(\.township.value)))
        var writer = try CSVWriter(url: URL(fileURLWithPath: out))
        try writer.writeRow(Self.columns.map { L("evaluate_region.column.\($0)") })
        var counts: [String: Int] = [:]
        for outcome in outcomes {
            outcome.flags.forEach { counts[$0, default: 0] += 1 }
            outcome.hits.forEach { counts[$0.rule.rawValue, default: 0] += 1 }
            if let failure = outcome.failure { counts[failure, default: 0] += 1 }
            try writer.writeRow(Self.row(outcome, township: names[outcome.household.township.value]?.name))
        }
        for household in loaded.unassessed {
            counts[household.reason, default: 0] += 1
            try writer.writeRow([household.householdNo, names[household.township.value]?.name ?? household.township.value,
                                 L("evaluate_region.unassessed.\(household.reason)", ["count": String(household.count)]), "", "", "", "", "", "", "", ""])
        }
        try writer.close()
        let judged = outcomes.filter { $0.programs != nil }.count
        var lines = [L("evaluate_region.summary", ["total": String(outcomes.count + loaded.unassessed.count), "count": String(judged),
                                                   "date": date.iso, "file": out])]
        for key in ["dibao_not_covered", "dibao_unrecorded", "tekun_on_dibao", "tekun_not_met", "missing_birth_dates", "no_members", "no_policy", "never_checked"] {
            lines.append("  " + L("evaluate_region.flag.\(key)") + "\t" + String(counts[key] ?? 0))
        }
        lines.append(L("evaluate_region.audit_heading", ["since": exitsSince.iso]))
        for rule in HouseholdRule.allCases {
            lines.append("  " + rule.rawValue + "\t" + rule.name() + "\t" + String(counts[rule.rawValue] ?? 0))
        }
        context.console.output(ConsoleText(stringLiteral: lines.joined(separator: "\n")))
    }

    static func row(_ outcome: ProgramBatch.Outcome, township: String?) -> [String] {
        let household = outcome.household
        let place = township ?? household.township.value
        let recorded = household.recorded.sorted { $0.rawValue < $1.rawValue }.map { $0.label() }.joined(separator: "、")
        guard let programs = outcome.programs else {
            return [household.householdNo, place, L("evaluate_region.failure.\(outcome.failure ?? "no_policy")"), "", "", "", "", "", recorded, "", ""]
        }
        let members = programs.members
        return [household.householdNo, place, L("evaluate_region.assessed"), L("dibao_check.status.\(programs.dibao.status.rawValue)"),
                programs.dibao.amount.money.yuanText, String(members.filter { $0.tekun.status == .eligible }.count),
                String(members.filter { if case .granted = $0.subsidies?.living { true } else { false } }.count),
                String(members.filter { if case .granted = $0.subsidies?.care { true } else { false } }.count),
                recorded, outcome.flags.map { L("evaluate_region.flag.\($0)") }.joined(separator: "；"),
                outcome.hits.map { $0.rule.rawValue + " " + $0.rule.name() }.joined(separator: "；")]
    }
}
