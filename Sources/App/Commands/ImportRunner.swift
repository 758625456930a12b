import DoudiDomain
import Foundation
import Vapor

/// Runs one import for the CLI and the demo loader: reads the file, shows progress,
/// writes the error report when there are issues, and prints the summary in Chinese.
enum ImportRunner {
    static func defaultReportPath(for file: String) -> String {
        let url = URL(fileURLWithPath: file)
        return url.deletingLastPathComponent().appendingPathComponent(ImportReport.fileName(for: url.lastPathComponent, xlsx: false)).path
    }

    @discardableResult
    static func run(kind: ImportKind, path: String, legacy: Bool, caller: Caller, reportPath: String?,
                    app: Application, console: any Console) async throws -> ImportOutcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(L("cli.error.file_not_found", ["path": path]))
        }
        let request = ImportRequest(fileName: URL(fileURLWithPath: path).lastPathComponent, data: data, legacy: legacy, caller: caller)
        let bar = ProgressLine()
        let outcome = try await kind.run(request, database: app.db, auditKey: app.auditKey) { progress in bar.update(progress) }
        bar.finish()
        if !outcome.issues.isEmpty {
            let report = reportPath ?? defaultReportPath(for: path)
            try ImportReport.write(outcome.issues, to: report)
            if outcome.succeeded { console.output(ConsoleText(stringLiteral: L("import.report.written", ["path": report]))) }
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

/// Progress on standard error: one line redrawn in place on a terminal, and only the
/// phase changes (one line each) when output goes to a file or a CI log.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let interactive = isatty(STDERR_FILENO) == 1
    private var last = ""
    private var lastPhase: ImportProgress.Phase?
    private let started = ContinuousClock.now

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
            if interactive {
                guard text != last else { return }
                last = text
                FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
            } else if progress.phase != lastPhase {
                lastPhase = progress.phase
                last = text
                let elapsed = ContinuousClock.now - started
                FileHandle.standardError.write(Data("\(title)… (\(elapsed.components.seconds) s)\n".utf8))
            }
        }
    }

    func finish() {
        lock.withLock {
            if interactive, !last.isEmpty { FileHandle.standardError.write(Data("\n".utf8)) }
            last = ""
        }
    }
}
