import DoudiDomain
import Foundation
import SQLKit
import Vapor

/// `doudi findings …`: the cross-check's findings, listed and decided as on the web.
struct FindingsCommands: AsyncCommandGroup {
    var help: String { L("cli.help.findings") }
    var commands: [String: any AnyAsyncCommand] {
        ["list": FindingsListCommand(), "decide": FindingsDecideCommand()]
    }
}

/// `doudi findings list [--region CODE] [--rules HH-TEKUN,…] [--status open,reopened] --as USER`:
/// one line per finding in the caller's area (no ID numbers), newest first.
struct FindingsListCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "region", help: L("cli.option.crosscheck.region"))
        var region: String?
        @Option(name: "rules", help: L("cli.option.crosscheck.rules"))
        var rules: String?
        @Option(name: "status", help: L("cli.option.findings.status"))
        var status: String?
        @Option(name: "limit", help: L("cli.option.findings.limit"))
        var limit: Int?
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
    }

    var help: String { L("cli.help.findings.list") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        var filter = FindingQuery.Filter(region: try CallerResolution.region(signature.region, caller: caller))
        filter.rules = try Set(Self.codes(signature.rules).map { code in
            guard let rule = AuditRule(code: code) else {
                throw CommandFailure(L("cli.error.crosscheck.rule", ["value": code, "rules": AuditRule.allCases.map(\.code).joined(separator: ", ")]))
            }
            return rule
        })
        filter.statuses = try Set(Self.codes(signature.status).map { code in
            guard let status = FindingStatus(rawValue: code.lowercased()) else {
                throw CommandFailure(L("cli.error.findings.status", ["value": code]))
            }
            return status
        })
        if let limit = signature.limit { filter.limit = max(1, limit) }
        let items = try await FindingQuery(sql: app.db as! any SQLDatabase).list(filter, caller: caller)
        for item in items {
            context.console.output(ConsoleText(stringLiteral: [
                UUIDText.string(item.id), item.rule.code, item.rule.name(), item.status.label(), item.region, item.subjectName,
                item.evidenceChanged ? L("finding.evidence_changed") : "",
            ].joined(separator: "\t")))
        }
        context.console.output(ConsoleText(stringLiteral: L("cli.findings.count", ["count": String(items.count)])))
    }

    static func codes(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map(\.trimmed).filter { !$0.isEmpty }
    }
}

/// `doudi findings decide ID --decision confirmed|false_positive|field_check --reason TEXT --as USER`.
struct FindingsDecideCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "finding", help: L("cli.option.findings.finding"))
        var finding: String
        @Option(name: "decision", help: L("cli.option.findings.decision"))
        var decision: String?
        @Option(name: "reason", help: L("cli.option.findings.reason"))
        var reason: String?
        @Option(name: "as", help: L("cli.option.as"))
        var actingUser: String?
    }

    var help: String { L("cli.help.findings.decide") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        guard let id = UUID(uuidString: signature.finding.trimmed) else { throw CommandFailure(L("finding.error.not_found")) }
        let status: FindingStatus
        do {
            status = try await FindingDecisions.decide(id, decision: signature.decision ?? "", reason: signature.reason ?? "", by: caller, on: app.db,
                                                       auditKey: app.auditKey, origin: "cli")
        } catch let error as UserFacingError {
            throw CommandFailure(error.reason)
        }
        context.console.output(ConsoleText(stringLiteral: L("cli.findings.decided", ["finding": UUIDText.string(id), "status": status.label()])))
    }
}
