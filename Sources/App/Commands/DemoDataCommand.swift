import DoudiDomain
import DoudiSynthetic
import Foundation
import Vapor

/// `doudi demo-data --out DIR [--seed N] [--recipients N] [--references] [--as-of YYYY-MM]`:
/// writes the demo county (or a province-scale roll) as import files. Same seed, same bytes.
struct DemoDataCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "out", help: "输出目录")
        var out: String?
        @Option(name: "seed", help: "随机种子（相同种子生成相同文件）")
        var seed: UInt64?
        @Option(name: "recipients", help: "生成省级规模的救助对象名册（人数）")
        var recipients: Int?
        @Flag(name: "references", help: "同时生成部门比对数据（死亡、车辆、不动产、市场主体、财政供养）")
        var references: Bool
        @Option(name: "as-of", help: "数据截止月份 YYYY-MM")
        var asOf: String?
    }

    var help: String { "生成演示数据文件（导入模板格式）" }

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
        let summary = try generateDemoData(options: options, outputDirectory: directory) { file, rows in
            context.console.output(ConsoleText(stringLiteral: "\r\(file) \(rows)"), newLine: false)
        }
        context.console.output("")
        context.console.output(ConsoleText(stringLiteral: "\(summary)"))
    }
}
