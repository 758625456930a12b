import DoudiDomain
import DoudiSynthetic
import Fluent
import Foundation
import SQLKit
import Vapor

/// `doudi bench import [--persons N] [--postgres URL] [--data DIR]`: times the bulk
/// household import of a generated roll into a fresh database (a temporary SQLite file,
/// or a fresh schema in the given PostgreSQL). Run it in a release build; the figures
/// go to docs/PERFORMANCE.md. Timing lives here, never in tests.
struct BenchImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "persons", help: L("cli.help.bench.persons"))
        var persons: Int?
        @Option(name: "postgres", help: L("cli.help.bench.postgres"))
        var postgres: String?
        @Option(name: "data", help: L("cli.help.bench.data"))
        var data: String?
    }

    var help: String { L("cli.help.bench.import") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let console = context.console
        let persons = signature.persons ?? 1_000_000
        let directory = URL(fileURLWithPath: signature.data ?? NSTemporaryDirectory() + "doudi-bench-\(persons)")
        let householdsFile = directory.appendingPathComponent("households.csv")
        if !FileManager.default.fileExists(atPath: householdsFile.path) {
            let started = ContinuousClock.now
            _ = try generateDemoData(options: DemoDataOptions(recipients: persons), outputDirectory: directory)
            console.output(ConsoleText(stringLiteral: "generated \(directory.path) in \(Self.seconds(since: started))"))
        }

        let benchApp = try await Application.make(.production)
        benchApp.logger.logLevel = .warning
        let sqlitePath = NSTemporaryDirectory() + "doudi-bench-\(UUID().uuidString).sqlite"
        if let url = signature.postgres {
            benchApp.storage[PostgresSchemaKey.self] = "bench_" + String(UInt32.random(in: 0...UInt32.max))
            try await configure(benchApp, configuration: AppConfiguration(database: .postgres(url: url), auditKey: Self.throwawayKey))
            try await (benchApp.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: benchApp.storage[PostgresSchemaKey.self]!)").run()
        } else {
            try await configure(benchApp, configuration: AppConfiguration(database: .sqliteFile(path: sqlitePath), auditKey: Self.throwawayKey))
        }
        do {
            try await benchApp.autoMigrate()
            let admin = try await UserStore(sql: benchApp.db as! any SQLDatabase)
                .create(.init(username: "bench", displayName: "bench", role: .administrator, scope: RegionCode("370000000000")!))
            let regions = try await Self.timed(console, "regions") {
                try await ImportRunner.run(kind: .regions, path: directory.appendingPathComponent("regions.csv").path, legacy: false,
                                           caller: admin, reportPath: nil, app: benchApp, console: console)
            }
            guard regions.succeeded else { throw CommandFailure("regions import failed") }
            let households = try await Self.timed(console, "households") {
                try await ImportRunner.run(kind: .households, path: householdsFile.path, legacy: false,
                                           caller: admin, reportPath: nil, app: benchApp, console: console)
            }
            guard households.succeeded else { throw CommandFailure("households import failed: \(households.errors.count) errors") }
            console.output(ConsoleText(stringLiteral: "database: \(signature.postgres == nil ? "SQLite (file)" : "PostgreSQL")  persons: \(households.rowsTotal)"))
        } catch {
            try? await benchApp.asyncShutdown()
            try? FileManager.default.removeItem(atPath: sqlitePath)
            throw error
        }
        if let schema = benchApp.storage[PostgresSchemaKey.self] {
            try await (benchApp.db as! any SQLDatabase).raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
        }
        try await benchApp.asyncShutdown()
        try? FileManager.default.removeItem(atPath: sqlitePath)
    }

    /// The bench's database is thrown away, so its audit log needs no key that outlives it.
    static var throwawayKey: AuditKeySource { .fixed((0..<32).map { _ in UInt8.random(in: 0...255) }) }

    static func timed<T>(_ console: any Console, _ label: String, _ body: () async throws -> T) async rethrows -> T {
        let started = ContinuousClock.now
        let result = try await body()
        console.output(ConsoleText(stringLiteral: "\(label): \(seconds(since: started))"))
        return result
    }

    static func seconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let ms = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        return String(format: "%.2f s", Double(ms) / 1000)
    }
}
