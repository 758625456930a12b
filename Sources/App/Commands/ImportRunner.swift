import DoudiDomain
import Foundation
import Vapor

/// Runs one import for the CLI and the demo loader: reads the file, shows progress,
/// writes the error report when there are issues, and prints the summary in Chinese.
enum ImportRunner {
    enum Kind: String {
        case households, regions
    }

    static func defaultReportPath(for file: String) -> String {
        let url = URL(fileURLWithPath: file)
        return url.deletingPathExtension().path + ".错误报告.csv"
    }

    @discardableResult
    static func run(kind: Kind, path: String, legacy: Bool, caller: Caller, reportPath: String?,
                    app: Application, console: any Console) async throws -> ImportOutcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(L("cli.error.file_not_found", ["path": path]))
        }
        let request = ImportRequest(fileName: URL(fileURLWithPath: path).lastPathComponent, data: data, legacy: legacy, caller: caller)
        let bar = ProgressLine(console: console)
        let outcome: ImportOutcome
        switch kind {
        case .households:
            outcome = try await HouseholdImporter(database: app.db).run(request) { progress in bar.update(progress) }
        case .regions:
            outcome = try await RegionImporter(database: app.db).run(request)
        }
        bar.finish()
        if !outcome.issues.isEmpty {
            let report = reportPath ?? defaultReportPath(for: path)
            try ImportReport.write(outcome.issues, to: report)
            if outcome.succeeded { console.output("\(L("import.report.severity.warning"))：\(report)") }
        }
        if outcome.succeeded {
            console.output(ConsoleText(stringLiteral: L("import.result.succeeded", [
                "added": String(outcome.added), "changed": String(outcome.changed),
                "unchanged": String(outcome.unchanged), "batch": outcome.batchID?.uuidString ?? "",
            ])))
            if outcome.flagged > 0 { console.output(ConsoleText(stringLiteral: L("import.result.flagged", ["count": String(outcome.flagged)]))) }
        }
        return outcome
    }
}

/// A one-line progress display on the terminal (carriage-return updates).
final class ProgressLine: @unchecked Sendable {
    private let console: any Console
    private let lock = NSLock()
    private var last = ""

    init(console: any Console) {
        self.console = console
    }

    func update(_ progress: ImportProgress) {
        let title = L("import.progress.\(progress.phase.rawValue)")
        let text: String
        if progress.total > 0 {
            let filled = min(30, progress.done * 30 / progress.total)
            text = "\(title) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: 30 - filled))] \(progress.done)/\(progress.total)"
        } else {
            text = "\(title) \(progress.done)"
        }
        lock.withLock {
            guard text != last else { return }
            last = text
            console.output(ConsoleText(stringLiteral: "\r\(text)"), newLine: false)
        }
    }

    func finish() {
        lock.withLock {
            if !last.isEmpty { console.output("") }
            last = ""
        }
    }
}
