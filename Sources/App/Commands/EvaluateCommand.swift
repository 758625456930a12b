import DoudiDomain
import DoudiPolicyFiles
import Foundation
import Vapor

/// `doudi evaluate [--date D] [--explain] [--input F] [--output F]`: 低保 decisions for
/// households given as JSON Lines (docs/evaluate.md). Reads no database and writes none:
/// it applies the policy parameters the server loaded at start-up to the given lines.
/// A bad line gets an error line naming it; the rest are still evaluated, and the
/// command fails at the end if any line failed.
struct EvaluateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "date", help: L("cli.option.evaluate.date"))
        var date: String?
        @Flag(name: "explain", help: L("cli.option.evaluate.explain"))
        var explain: Bool
        @Option(name: "input", help: L("cli.option.evaluate.input"))
        var input: String?
        @Option(name: "output", help: L("cli.option.evaluate.output"))
        var output: String?
    }

    var help: String { L("cli.help.evaluate") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let date = try CallerResolution.date(signature.date, or: .today())
        let data: Data
        if let path = signature.input {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CommandFailure(L("cli.error.file_not_found", ["path": path]))
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        var evaluator = JSONLinesEvaluator(book: context.application.policyBook, date: date, explain: signature.explain)
        var output = ""
        var (count, failed) = (0, 0)
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let result = evaluator.evaluate(line: line, number: index + 1)
            output += result.output + "\n"
            count += 1
            if result.failed { failed += 1 }
        }
        if let path = signature.output {
            try Data(output.utf8).write(to: URL(fileURLWithPath: path))
        } else {
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        let summary = L("cli.evaluate.summary", ["count": String(count), "failed": String(failed)])
        if failed > 0 { throw CommandFailure(summary) }
        FileHandle.standardError.write(Data((summary + "\n").utf8))
    }
}
