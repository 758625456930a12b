import DoudiDomain
import Foundation
import Vapor

/// Runs one import for the CLI and the demo loader: reads the file, shows progress,
/// writes the error report when there are issues, and prints the summary in Chinese.
enum ImportRunner {
    enum Kind: String {
        case households, regions
        case staff, enrollments, payments, incomes, assets, relations, adl, accounts
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
        let bar = ProgressLine()
        let outcome: ImportOutcome
        switch kind {
        case .households:
            outcome = try await HouseholdImporter(database: app.db, auditKey: app.auditKey).run(request) { progress in bar.update(progress) }
        case .regions:
            outcome = try await RegionImporter(database: app.db, auditKey: app.auditKey).run(request)
        case .staff:
            outcome = try await StaffImporter(database: app.db, auditKey: app.auditKey).run(request)
        case .enrollments:
            outcome = try await EnrollmentImporter(database: app.db, auditKey: app.auditKey).run(request)
        case .payments:
            outcome = try await PaymentImporter(database: app.db, auditKey: app.auditKey).run(request)
        case .incomes:
            outcome = try await IncomeImporter(database: app.db, auditKey: app.auditKey).run(request)
        case .assets:
            outcome = try await AssetImporter(database: app.db, auditKey: app.auditKey).run(request)
        case .relations:
            outcome = try await RelationImporter(database: app.db, auditKey: app.auditKey).run(request)
        case .adl:
            outcome = try await ADLImporter(database: app.db, auditKey: app.auditKey).run(request)
        case .accounts:
            outcome = try await BankAccountImporter(database: app.db, auditKey: app.auditKey).run(request)
        }
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
