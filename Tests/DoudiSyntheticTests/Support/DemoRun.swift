import DoudiDomain
import DoudiSynthetic
import Foundation

/// One generated data set: its summary and the bytes of every file. The files are read back into
/// memory and the temporary directory removed at once, so test runs leave nothing behind.
final class DemoRun: Sendable {
    let summary: DemoDataSummary
    private let contents: [String: Data]

    init(_ options: DemoDataOptions) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("doudi-synthetic-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            // The demo county is settled against the shipped policy, as `doudi demo` does.
            let audit = options.recipients == nil ? try DemoAuditRules.demo(book: ShippedPolicy.book, asOf: options.asOf) : nil
            summary = try generateDemoData(options: options, audit: audit, policy: ShippedPolicy.book, outputDirectory: directory)
            var contents: [String: Data] = [:]
            for file in summary.files.map(\.name) + ["README.txt"] {
                contents[file] = try Data(contentsOf: directory.appendingPathComponent(file))
            }
            self.contents = contents
        } catch {
            preconditionFailure("demo data generation failed: \(error)")
        }
    }

    func table(_ name: String) -> CSVTable {
        CSVTable(bytes(name))
    }

    func bytes(_ name: String) -> Data {
        guard let data = contents[name] else { preconditionFailure("no file \(name)") }
        return data
    }

    /// Every file written, relative to the output directory, README.txt included.
    var fileNames: [String] {
        summary.files.map(\.name) + ["README.txt"]
    }
}

/// Runs shared by the suites. Globals are initialised once, lazily and thread-safely, so the
/// parallel tests reuse them.
enum Runs {
    /// A few hundred households with references: fast enough to run twice for determinism.
    static let small = DemoRun(DemoDataOptions(references: true, households: 400))
    /// The full default demo county (about 30,000 households).
    static let full = DemoRun(DemoDataOptions())
    /// Scale mode with two counties' worth of recipients and references.
    static let scale = DemoRun(DemoDataOptions(recipients: scaleRecipients, references: true))
    static let scaleRecipients = 20_011
}
