import DoudiDomain
import DoudiSynthetic
import Foundation
import SQLKit
import Vapor

/// `doudi demo`: on first run creates the database, generates the deterministic demo
/// county (桓台县) and loads it through the same bulk import path clerks use; then serves.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "no-serve", help: L("cli.help.demo.no_serve"))
        var noServe: Bool
    }

    var help: String { L("cli.help.demo") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let loader = DemoLoader(app: app, console: context.console)
        _ = try await loader.loadIfEmpty()
        loader.printLogins()
        guard !signature.noServe else { return }
        var input = CommandInput(arguments: ["doudi"])
        let serve = try ServeCommand.Signature(from: &input)
        let port = app.doudiConfiguration?.port ?? 8080
        context.console.output(ConsoleText(stringLiteral: L("demo.ready", ["port": String(port)])))
        try await app.servers.asyncCommand.run(using: context, signature: serve)
    }
}

/// Builds the demo database: an administrator, the generated files, and the imports.
struct DemoLoader {
    static let province = RegionCode("370000000000")!
    /// 桓台县, the county the demo data describes.
    static let county = RegionCode("370321000000")!
    /// Master data first, then the register, then what refers to it.
    static let loadOrder: [ImportKind] = [
        .regions, .staff, .households, .enrollments, .payments, .incomes, .assets, .relations, .adl, .accounts,
    ]

    let app: Application
    let console: any Console
    /// The demo county with its department data; tests ask for fewer households.
    var options = DemoDataOptions(references: true)
    /// The day the demo's first cross-check is taken on: the data's last day, so it finds
    /// exactly the answer key (planted.csv); runs started later use the real date.
    var today: CivilDate = DemoDataOptions.defaultAsOf.lastDay
    /// Where the logins file goes instead of beside the database (tests).
    var loginsDirectory: URL?

    /// Loads the demo into an empty database and returns what was generated (with its answer
    /// key); nil when the demo was already loaded.
    func loadIfEmpty() async throws -> DemoDataSummary? {
        let sql = app.db as! any SQLDatabase
        let users = UserStore(sql: sql)
        if try await users.caller(named: "admin") != nil {
            // The last file's batch marks a complete load; without it an earlier run stopped midway.
            let batches = try await ImportBatchStore(sql: sql).batches(within: Self.province, limit: 1_000)
            let runs = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("crosscheck_runs")
                .first(decodingColumn: "n", as: Int.self) ?? 0
            guard batches.contains(where: { $0.kind == Self.loadOrder.last?.rawValue }), runs > 0 else {
                throw CommandFailure(L("demo.incomplete", ["path": databaseDescription]))
            }
            console.output(ConsoleText(stringLiteral: L("demo.existing", ["path": databaseDescription])))
            return nil
        }
        console.output(ConsoleText(stringLiteral: L("demo.loading")))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let audit = options.recipients == nil ? try DemoAuditRules.demo(book: app.policyBook, asOf: options.asOf) : nil
        let summary = try generateDemoData(options: options, audit: audit, policy: app.policyBook, outputDirectory: directory, progress: nil)

        let accounts = app.accountAdministration()
        let bootstrapped = try await accounts.bootstrap(username: "admin", displayName: Role.administrator.label(), scope: Self.province,
                                                      mustChangePassword: false)
        let admin = bootstrapped.account.caller
        var logins = [(bootstrapped.account, bootstrapped.initialPassword)]
        for kind in Self.loadOrder {
            // The register comes in as a legacy roll: its flagged numbers and inconsistent
            // identities are what the cross-check is shown finding.
            let outcome = try await ImportRunner.run(
                kind: kind, path: directory.appendingPathComponent("\(kind.rawValue).csv").path, legacy: kind == .households,
                caller: admin, reportPath: directory.appendingPathComponent("\(kind.rawValue)-report.csv").path,
                app: app, console: console)
            guard outcome.succeeded else {
                let first = outcome.errors.prefix(5).map {
                    L("demo.failed.line", ["line": String($0.line), "column": $0.columnLabel(), "reason": $0.reason()])
                }
                throw CommandFailure(L("demo.failed", ["kind": kind.rawValue]) + "\n" + first.joined(separator: "\n"))
            }
            if kind == .regions {
                logins += try await DemoAccounts.create(by: admin, county: Self.county, app: app)
            }
        }
        if options.references {
            try await importReferences(from: directory.appendingPathComponent("references"), as: admin)
            let outcome = try await CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
                .run(.init(region: Self.county, rules: Set(AuditRule.allCases), batchIDs: [], caller: admin, today: today, origin: "demo"))
            console.output(ConsoleText(stringLiteral: CrossCheckSummary.text(outcome)))
        }
        try DemoAccounts.write(logins, to: loginsPath)
        return summary
    }

    /// Each department's file as one reference batch, dated the data's last day.
    private func importReferences(from directory: URL, as admin: Caller) async throws {
        let importer = ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles)
        for (name, _) in TemplateHeaders.referenceFiles {
            let kindName = String(name.dropLast(".csv".count))
            guard let kind = ReferenceKind(rawValue: kindName), let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
            else { throw CommandFailure(L("demo.failed", ["kind": kindName])) }
            let outcome = try await importer.run(ReferenceImportRequest(
                kind: kind, sourceDepartment: SyntheticSources.department(of: kindName), asOf: options.asOf.lastDay,
                file: ImportRequest(fileName: name, data: data, caller: admin)))
            guard outcome.batch != nil, outcome.issues.isEmpty else {
                let first = outcome.issues.prefix(5).map {
                    L("demo.failed.line", ["line": String($0.line), "column": $0.columnLabel(), "reason": $0.reason()])
                }
                throw CommandFailure(L("demo.failed", ["kind": kindName]) + "\n" + first.joined(separator: "\n"))
            }
        }
    }

    /// The demo's logins, kept beside the database (readable by its owner only) and
    /// shown at every start, since the database keeps only password hashes.
    var loginsPath: String {
        if let loginsDirectory { return loginsDirectory.appendingPathComponent("doudi-demo-logins.txt").path }
        switch app.doudiConfiguration?.database {
        case let .sqliteFile(path):
            return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("doudi-demo-logins.txt").path
        default:
            return "doudi-demo-logins.txt"
        }
    }

    func printLogins() {
        guard let text = try? String(contentsOfFile: loginsPath, encoding: .utf8) else { return }
        console.output(ConsoleText(stringLiteral: L("demo.logins", ["path": loginsPath]) + "\n" + text))
    }

    private var databaseDescription: String {
        switch app.doudiConfiguration?.database {
        case let .sqliteFile(path): return path
        case .postgres: return "DATABASE_URL"
        default: return "memory"
        }
    }
}
