import DoudiDomain
import DoudiSynthetic
import Foundation
import SQLKit
import Vapor

/// `doudi bench crosscheck [--recipients N] [--data DIR] [--all-rules]`: the identity rules
/// (or, with `--all-rules`, the whole catalog: the household and data-quality rules too) over a
/// province. The first call generates the roll and the department files
/// (`demo-data --recipients N --references`), imports the roll into a SQLite file and the
/// files as reference batches (timed: import and cache) and writes the registry's snapshots
/// (as `doudi snapshots` would after the night's imports), all kept in DIR for the next call.
/// The run itself is measured in a fresh process, so its peak memory is the run's alone:
/// the roll's load, then the batches from their caches through matching to findings stored.
struct BenchCrossCheckCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "recipients", help: L("cli.help.bench.recipients"))
        var recipients: Int?
        @Option(name: "data", help: L("cli.help.bench.data"))
        var data: String?
        @Flag(name: "measure", help: L("cli.help.bench.measure"))
        var measure: Bool
        @Flag(name: "all-rules", help: L("cli.help.bench.all_rules"))
        var allRules: Bool
    }

    var help: String { L("cli.help.bench.crosscheck") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let recipients = signature.recipients ?? 2_000_000
        let directory = URL(fileURLWithPath: signature.data ?? NSTemporaryDirectory() + "doudi-bench-crosscheck-\(recipients)")
        let setup = BenchCrossCheckSetup(directory: directory, console: context.console, book: context.application.policyBook)
        if signature.measure {
            try await setup.measure(allRules: signature.allRules)
            return
        }
        try await setup.prepare(recipients: recipients)
        // The run, in a process of its own.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        child.arguments = ["bench", "crosscheck", "--data", directory.path, "--measure"] + (signature.allRules ? ["--all-rules"] : [])
        try child.run()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else { throw CommandFailure("bench crosscheck --measure exited with \(child.terminationStatus)") }
    }
}

/// The bench's database and data directory, kept in DIR between calls.
struct BenchCrossCheckSetup {
    let directory: URL
    let console: any Console
    /// The asset limits the generated department data's answer key is judged by.
    let book: PolicyBook
    static let province = RegionCode("370000000000")!

    var database: URL { directory.appendingPathComponent("bench.sqlite") }
    var ready: URL { directory.appendingPathComponent("bench.ready") }

    func makeApp() async throws -> Application {
        let app = try await Application.make(.production)
        app.logger.logLevel = .warning
        try await configure(app, configuration: AppConfiguration(
            database: .sqliteFile(path: database.path), auditKey: .file(path: directory.appendingPathComponent("bench-audit.key").path),
            dataDirectory: directory.appendingPathComponent("reference-data").path))
        return app
    }

    /// Generates and imports whatever DIR does not hold yet.
    func prepare(recipients: Int) async throws {
        let manager = FileManager.default
        if !manager.fileExists(atPath: directory.appendingPathComponent("README.txt").path) {
            _ = try await BenchImportCommand.timed(console, "generate") {
                // Settled like the demo county (a real roll mostly agrees with its rules), so the
                // household findings are the planted shares, not the rough plan's every difference.
                let options = DemoDataOptions(recipients: recipients, references: true)
                return try generateDemoData(options: options, audit: try DemoAuditRules.demo(book: book, asOf: options.asOf), policy: book,
                                            outputDirectory: directory)
            }
        }
        guard !manager.fileExists(atPath: ready.path) else { return }
        try? manager.removeItem(at: database)
        try? manager.removeItem(at: directory.appendingPathComponent("reference-data"))
        let app = try await makeApp()
        do {
            try await app.autoMigrate()
            let admin = try await UserStore(sql: app.db as! any SQLDatabase)
                .create(.init(username: "bench", displayName: "bench", role: .administrator, scope: Self.province))
            // The household rules read checked incomes, assets and payment accounts too.
            for kind in [ImportKind.regions, .staff, .households, .enrollments, .payments, .incomes, .assets, .accounts] {
                let outcome = try await BenchImportCommand.timed(console, "roll import \(kind.rawValue)") {
                    try await ImportRunner.run(kind: kind, path: directory.appendingPathComponent("\(kind.rawValue).csv").path,
                                               legacy: kind == .households, caller: admin, reportPath: nil, app: app, console: console)
                }
                guard outcome.succeeded else { throw CommandFailure("\(kind.rawValue) import failed: \(outcome.errors.count) errors") }
            }
            let importer = ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles)
            let started = ContinuousClock.now
            for (name, _) in TemplateHeaders.referenceFiles {
                let kind = ReferenceKind(rawValue: String(name.dropLast(4)))!
                let data = try Data(contentsOf: directory.appendingPathComponent("references/" + name), options: .alwaysMapped)
                let outcome = try await BenchImportCommand.timed(console, "reference import and cache \(kind.rawValue)") {
                    try await importer.run(ReferenceImportRequest(
                        kind: kind, sourceDepartment: SyntheticSources.department(of: kind.rawValue), asOf: DemoDataOptions.defaultAsOf.lastDay,
                        file: ImportRequest(fileName: name, data: data, caller: admin)))
                }
                guard let batch = outcome.batch else { throw CommandFailure("\(name) refused") }
                console.output(ConsoleText(stringLiteral: "  \(batch.rowsValid) rows"))
            }
            console.output(ConsoleText(stringLiteral: "reference import and cache, all files: \(BenchImportCommand.seconds(since: started))"))
            // What `doudi snapshots` does after the night's imports: the registry's snapshots
            // written once, so the measured run is the one inspectors get (docs/PERFORMANCE.md
            // gives the first run after a registry write apart).
            _ = try await BenchImportCommand.timed(console, "registry snapshots (doudi snapshots)") {
                try await RegistrySnapshotRefresh(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
                    .run(region: Self.province, caller: admin, today: DemoDataOptions.defaultAsOf.lastDay)
            }
            manager.createFile(atPath: ready.path, contents: Data())
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// One run over the province, from a database without findings; phase times and peak memory.
    func measure(allRules: Bool) async throws {
        let app = try await makeApp()
        do {
            // Data prepared by an older build gets this build's schema first.
            try await app.autoMigrate()
            let sql = app.db as! any SQLDatabase
            try await sql.delete(from: "findings").run()
            try await sql.delete(from: "crosscheck_runs").run()
            guard let admin = try await UserStore(sql: sql).caller(named: "bench") else { throw CommandFailure("no bench user") }
            let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
            let rules = allRules ? Set(AuditRule.allCases) : Set(IdentityRule.allCases.map(AuditRule.identity))
            let outcome = try await runner.run(.init(region: Self.province, rules: rules, batchIDs: [], caller: admin,
                                                     today: DemoDataOptions.defaultAsOf.lastDay, origin: "bench"))
            console.output(ConsoleText(stringLiteral: CrossCheckSummary.text(outcome)))
            let rows = outcome.batches.reduce(0) { $0 + $1.rowsValid }
            let rollLoad = outcome.timings.first { $0.phase == CrossCheckRunner.Phase.roll.rawValue }?.seconds ?? 0
            let afterRoll = outcome.timings.reduce(0) { $0 + $1.seconds } - rollLoad
            console.output(ConsoleText(stringLiteral: String(
                format: "roll rows %d, reference rows %d, findings %d\nroll load %.2f s; the rest of the run %.2f s; peak memory %d MiB (now: %d MiB own, %d MiB of mapped files)",
                outcome.rollRows, rows, outcome.counts.values.reduce(0) { $0 + $1.new }, rollLoad,
                afterRoll, PeakMemory.mebibytes(), PeakMemory.status("RssAnon"), PeakMemory.status("RssFile"))))
            console.output(ConsoleText(stringLiteral: "roll read from: \(outcome.rollSource.rawValue)"
                + (outcome.householdSource.map { "; households read from: \($0.rawValue)" } ?? "")))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

/// The process's peak resident set (VmHWM), in MiB, and other lines of its status.
enum PeakMemory {
    static func mebibytes() -> Int { status("VmHWM") }

    /// A `kB` line of `/proc/self/status` (`VmHWM`, `RssAnon`, `RssFile`), in MiB; -1 if absent.
    static func status(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }),
              let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return -1 }
        return kb / 1024
    }
}
