import DoudiDomain
import Foundation
import SQLKit
import Vapor

/// `doudi reference compare OLD NEW --as USER [--out FILE]`: two batches of one kind,
/// each within the user's area: the records added, removed and changed, and optionally
/// a CSV of them by line (the lines of the validated files, no personal data).
struct CompareReferenceCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
        @Option(name: "out", help: L("cli.option.reference.compare.out"))
        var out: String?
        @Argument(name: "old", help: L("cli.option.reference.compare.old"))
        var old: String
        @Argument(name: "new", help: L("cli.option.reference.compare.new"))
        var new: String
    }

    var help: String { L("cli.reference.compare.help") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        let store = ReferenceBatchStore(sql: app.db as! any SQLDatabase)
        var batches: [ReferenceBatch] = []
        for text in [signature.old, signature.new] {
            guard let id = UUID(uuidString: text), let batch = try await store.batch(id, within: caller.scope) else {
                throw CommandFailure(L("crosscheck.error.batch", ["batch": text]))
            }
            batches.append(batch)
        }
        guard batches[0].kind == batches[1].kind else {
            throw CommandFailure(L("reference.compare.kinds", ["old": batches[0].kind.label(), "new": batches[1].kind.label()]))
        }
        let files = app.referenceFiles, chosen = batches
        let comparison = try await BlockingWork.run {
            let sides = try chosen.map { batch in
                ReferenceBatchComparison.Side(columns: try files.columns(batch.contentSHA256),
                                              rows: try ValidatedFileRows(url: files.validatedFile(batch.contentSHA256)))
            }
            return ReferenceBatchComparison(kind: chosen[0].kind, old: sides[0], new: sides[1])
        }
        if let out = signature.out {
            var lines = [[L("reference.compare.column.change"), L("reference.compare.column.line")].joined(separator: ",")]
            lines += comparison.entries.map { L("reference.compare.change.\($0.change.rawValue)") + ",\($0.line)" }
            try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: out))
        }
        context.console.output(ConsoleText(stringLiteral: L("reference.compare.result", [
            "kind": batches[0].kind.label(), "old": batches[0].asOf.iso, "new": batches[1].asOf.iso,
            "added": String(comparison.added), "removed": String(comparison.removed),
            "changed": String(comparison.changed), "unchanged": String(comparison.unchanged),
        ])))
    }
}

/// `doudi reference …`: work on imported reference batches.
struct ReferenceCommands: AsyncCommandGroup {
    var help: String { L("cli.reference.help") }
    var commands: [String: any AnyAsyncCommand] { ["compare": CompareReferenceCommand()] }
}
