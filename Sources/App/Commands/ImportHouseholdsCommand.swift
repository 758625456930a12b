import DoudiDomain
import Foundation
import Vapor

/// `doudi import households FILE [--legacy] --as USER [--report PATH]`
struct ImportHouseholdsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "CSV 或 XLSX 文件")
        var file: String
        @Flag(name: "legacy", help: "历史数据迁移模式：接受并标记无效身份证号")
        var legacy: Bool
        @Option(name: "as", help: "以该用户身份导入（权限与审计同网页）")
        var actingUser: String?
        @Option(name: "report", help: "错误报告输出路径（.csv 或 .xlsx）")
        var report: String?
    }

    var help: String { "导入家庭成员（全部成功或全部不写入）" }

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
