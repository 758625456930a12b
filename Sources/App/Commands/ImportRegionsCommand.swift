import DoudiDomain
import Foundation
import Vapor

/// `doudi import regions FILE --as USER`: region master data.
struct ImportRegionsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "CSV 或 XLSX 文件")
        var file: String
        @Option(name: "as", help: "以该用户身份导入")
        var actingUser: String?
        @Option(name: "report", help: "错误报告输出路径")
        var report: String?
    }

    var help: String { "导入行政区划" }

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
