import DoudiDomain
import Foundation
import SQLKit
import Vapor

/// `doudi data-quality [--region CODE] --as USER`: 信息入库准确率 per township, from the
/// latest cross-check over the region, and 校验通过率 of the loads imported for it
/// (docs/metrics.md). Reads only.
struct DataQualityCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "region", help: L("cli.option.crosscheck.region"))
        var region: String?
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
    }

    var help: String { L("cli.data_quality.help") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let region = try CallerResolution.region(signature.region, caller: caller)
        let metrics = DataQualityMetrics(sql: app.db as! any SQLDatabase)
        let accuracy = try await metrics.accuracy(in: region, caller: caller)
        let pass = try await metrics.passRate(in: region, caller: caller)
        let names = try await RegionStore(sql: app.db as! any SQLDatabase).regions(accuracy.rows.map(\.township))
        var lines = [accuracy.run.map { L("data_quality.run", ["run": UUIDText.string($0)]) } ?? L("data_quality.no_run")]
        lines.append(["township", "covered", "problems", "accuracy"].map { L("data_quality.column.\($0)") }.joined(separator: "\t"))
        for row in accuracy.rows {
            lines.append([names[row.township]?.name ?? row.township, String(row.covered), String(row.withProblems), Self.percent(row.rate)]
                .joined(separator: "\t"))
        }
        let covered = accuracy.rows.reduce(0) { $0 + $1.covered }, problems = accuracy.rows.reduce(0) { $0 + min($1.withProblems, $1.covered) }
        lines.append([L("findings.total"), String(covered), String(problems),
                      Self.percent(covered == 0 ? nil : Double(covered - problems) / Double(covered))].joined(separator: "\t"))
        lines.append(L("data_quality.pass_rate", [
            "registry": Self.percent(pass.registry.rate), "registry_passed": String(pass.registry.passed), "registry_submitted": String(pass.registry.submitted),
            "departments": Self.percent(pass.departments.rate), "departments_passed": String(pass.departments.passed),
            "departments_submitted": String(pass.departments.submitted),
        ]))
        context.console.output(ConsoleText(stringLiteral: lines.joined(separator: "\n")))
    }

    static func percent(_ rate: Double?) -> String {
        rate.map { String(format: "%.2f%%", $0 * 100) } ?? "—"
    }
}
