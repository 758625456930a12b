import DoudiDomain
import SQLKit
import Vapor

/// `doudi audit-log …`: the tamper-evident log's tools.
struct AuditLogCommands: AsyncCommandGroup {
    var help: String { L("cli.help.audit_log") }
    var commands: [String: any AnyAsyncCommand] {
        ["verify": AuditLogVerifyCommand()]
    }
}

/// `doudi audit-log verify --as USER`: re-computes every seal with the key from outside the
/// database and checks the anchor; any edited, inserted, reordered or deleted entry (the
/// newest included) is reported and the command fails. Administrators and discipline
/// inspectors may run it.
struct AuditLogVerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as", help: L("cli.option.as_user"))
        var actingUser: String?
    }

    var help: String { L("cli.help.audit_log.verify") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let caller = try await CallerResolution.resolve(signature.actingUser, on: app)
        guard caller.role.may(.searchAuditLog) else {
            throw CommandFailure(L("cli.error.role_forbidden", ["role": caller.role.label()]))
        }
        let result = try await AuditLog(sql: app.db as! any SQLDatabase, key: app.auditKey).verify()
        guard !result.findings.isEmpty else {
            context.console.output(ConsoleText(stringLiteral: L("audit.verify.ok", ["count": String(result.entries)])))
            return
        }
        for finding in result.findings {
            context.console.output(ConsoleText(stringLiteral: "✗ " + finding.message))
        }
        throw CommandFailure(L("audit.verify.failed", ["count": String(result.findings.count), "entries": String(result.entries)]))
    }
}
