import DoudiDomain
import SQLKit
import Vapor

/// `doudi users …`: account administration from the command line, acting as a named
/// administrator (`--as`), checked and audited exactly like the administrator page.
/// Passwords are never taken as arguments (they would sit in shell history and the
/// process list): new accounts and resets get a generated one, printed once.
struct UsersCommands: AsyncCommandGroup {
    var help: String { L("cli.help.users") }
    var commands: [String: any AnyAsyncCommand] {
        ["bootstrap": UsersBootstrapCommand(), "create": UsersCreateCommand(), "list": UsersListCommand(),
         "disable": UsersSetActiveCommand(active: false), "enable": UsersSetActiveCommand(active: true),
         "rescope": UsersRescopeCommand(), "reset-password": UsersResetPasswordCommand()]
    }
}

extension Application {
    func accountAdministration() -> AccountAdministration {
        AccountAdministration(database: db, auditKey: auditKey, settings: doudiConfiguration?.accounts ?? AccountSettings(), origin: "cli")
    }
}

enum UsersArguments {
    static func region(_ text: String?) throws -> RegionCode {
        guard let text, let code = RegionCode(text) else { throw CommandFailure(L("cli.error.region", ["value": text ?? ""])) }
        return code
    }

    static func role(_ text: String?) throws -> Role {
        guard let text, let role = Role.parse(text) else {
            throw CommandFailure(L("cli.error.role", ["value": text ?? "", "roles": Role.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        return role
    }

    /// Account errors become command failures with their Chinese message.
    static func run<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as AccountError { throw CommandFailure(error.description) }
    }
}

/// `doudi users bootstrap NAME --region CODE`: the first administrator of an empty installation.
struct UsersBootstrapCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
        @Option(name: "region", help: L("cli.option.region")) var region: String?
        @Option(name: "name", help: L("cli.option.display_name")) var displayName: String?
    }

    var help: String { L("cli.help.users.bootstrap") }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        let scope = try UsersArguments.region(signature.region)
        let created = try await UsersArguments.run {
            try await context.application.accountAdministration()
                .bootstrap(username: signature.username, displayName: signature.displayName ?? "", scope: scope)
        }
        context.console.output(ConsoleText(stringLiteral: L("cli.users.created", [
            "user": created.account.username, "role": created.account.role.label(), "region": scope.value,
            "password": created.initialPassword])))
    }
}

struct UsersCreateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
        @Option(name: "role", help: L("cli.option.role")) var role: String?
        @Option(name: "region", help: L("cli.option.region")) var region: String?
        @Option(name: "name", help: L("cli.option.display_name")) var displayName: String?
        @Option(name: "as", help: L("cli.option.as_user")) var actingUser: String?
    }

    var help: String { L("cli.help.users.create") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let actor = try await CallerResolution.resolve(signature.actingUser, on: app)
        let role = try UsersArguments.role(signature.role), scope = try UsersArguments.region(signature.region)
        let created = try await UsersArguments.run {
            try await app.accountAdministration().create(username: signature.username, displayName: signature.displayName ?? "",
                                                         role: role, scope: scope, by: actor)
        }
        context.console.output(ConsoleText(stringLiteral: L("cli.users.created", [
            "user": created.account.username, "role": role.label(), "region": scope.value, "password": created.initialPassword])))
    }
}

struct UsersListCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as", help: L("cli.option.as_user")) var actingUser: String?
    }

    var help: String { L("cli.help.users.list") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let actor = try await CallerResolution.resolve(signature.actingUser, on: app)
        guard actor.role.may(.manageUsers) else { throw CommandFailure(L("account.error.not_permitted")) }
        for account in try await UserStore(sql: app.db as! any SQLDatabase).accounts(within: actor.scope) {
            let state = account.stateLabel(at: Date())
            context.console.output(ConsoleText(stringLiteral: "\(account.username)\t\(account.displayName)\t\(account.role.label())\t\(account.scope.value)\t\(state)"))
        }
    }
}

struct UsersSetActiveCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
        @Option(name: "as", help: L("cli.option.as_user")) var actingUser: String?
    }

    let active: Bool
    var help: String { L(active ? "cli.help.users.enable" : "cli.help.users.disable") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let actor = try await CallerResolution.resolve(signature.actingUser, on: app)
        try await UsersArguments.run { try await app.accountAdministration().setActive(active, username: signature.username, by: actor) }
        context.console.output(ConsoleText(stringLiteral: L(active ? "cli.users.enabled" : "cli.users.disabled", ["user": signature.username])))
    }
}

struct UsersRescopeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
        @Option(name: "region", help: L("cli.option.region")) var region: String?
        @Option(name: "role", help: L("cli.option.role")) var role: String?
        @Option(name: "as", help: L("cli.option.as_user")) var actingUser: String?
    }

    var help: String { L("cli.help.users.rescope") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let actor = try await CallerResolution.resolve(signature.actingUser, on: app)
        let scope = try UsersArguments.region(signature.region)
        let role = try signature.role.map { try UsersArguments.role($0) }
        try await UsersArguments.run {
            try await app.accountAdministration().rescope(username: signature.username, to: scope, role: role, by: actor)
        }
        context.console.output(ConsoleText(stringLiteral: L("cli.users.rescoped", ["user": signature.username, "region": scope.value])))
    }
}

struct UsersResetPasswordCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
        @Option(name: "as", help: L("cli.option.as_user")) var actingUser: String?
    }

    var help: String { L("cli.help.users.reset_password") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let actor = try await CallerResolution.resolve(signature.actingUser, on: app)
        let password = try await UsersArguments.run { try await app.accountAdministration().resetPassword(username: signature.username, by: actor) }
        context.console.output(ConsoleText(stringLiteral: L("cli.users.password_reset", ["user": signature.username, "password": password])))
    }
}
