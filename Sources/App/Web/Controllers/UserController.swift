import DoudiDomain
import Vapor

/// The administrator's account pages, on `AccountAdministration` (the same checks and
/// audit entries as `doudi users`). A refused action re-renders its page with the reason.
struct UserController {
    /// `list` requires the manage-users capability; account pages check scope first (404)
    /// and then the role (403), like every record page.
    func boot(list: any RoutesBuilder, accounts: any RoutesBuilder) {
        list.get("users", use: index)
        list.post("users", use: create)
        accounts.get("users", ":key", use: show)
        accounts.post("users", ":key", "enable", use: enable)
        accounts.post("users", ":key", "disable", use: disable)
        accounts.post("users", ":key", "rescope", use: rescope)
        accounts.post("users", ":key", "reset-password", use: resetPassword)
    }

    struct CreateForm: Content, Sendable {
        var username: String?
        var displayName: String?
        var role: String?
        var region: String?
    }

    @Sendable func index(req: Request) async throws -> Response {
        UserList.render(try await UserList.query(req))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let form = try req.content.decode(CreateForm.self)
        guard let role = form.role.flatMap(Role.init(rawValue:)), let scope = form.region.flatMap({ RegionCode($0) }) else {
            return UserList.render(try await UserList.query(req, message: L("users.web.error.form"), form: form), status: .badRequest)
        }
        do {
            let created = try await req.accountAdministration.create(
                username: form.username ?? "", displayName: form.displayName ?? "", role: role, scope: scope, by: try req.caller)
            return UserList.render(try await UserList.query(req, created: created))
        } catch let error as AccountError {
            return UserList.render(try await UserList.query(req, message: error.description, form: form), status: .badRequest)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        UserPage.render(try await UserPage.query(req, id: try req.recordKey()))
    }

    @Sendable func enable(req: Request) async throws -> Response {
        try await act(req, notice: "users.web.enabled") { admin, account, caller in
            try await admin.setActive(true, username: account.username, by: caller)
            return nil
        }
    }

    @Sendable func disable(req: Request) async throws -> Response {
        try await act(req, notice: "users.web.disabled") { admin, account, caller in
            try await admin.setActive(false, username: account.username, by: caller)
            return nil
        }
    }

    struct RescopeForm: Content {
        var role: String?
        var region: String?
    }

    @Sendable func rescope(req: Request) async throws -> Response {
        let form = try req.content.decode(RescopeForm.self)
        return try await act(req, notice: "users.web.rescoped") { admin, account, caller in
            guard let role = form.role.flatMap(Role.init(rawValue:)), let scope = form.region.flatMap({ RegionCode($0) }) else {
                throw UserFacingError(.badRequest, "users.web.error.form")
            }
            try await admin.rescope(username: account.username, to: scope, role: role, by: caller)
            return nil
        }
    }

    @Sendable func resetPassword(req: Request) async throws -> Response {
        try await act(req, notice: "users.web.password_reset") { admin, account, caller in
            try await admin.resetPassword(username: account.username, by: caller)
        }
    }

    /// Finds the account (404 outside the area, 403 for other roles), runs `action`, and
    /// shows the account again with the outcome; `action` may return a one-time password.
    private func act(_ req: Request, notice: String,
                     _ action: (AccountAdministration, UserAccount, Caller) async throws -> String?) async throws -> Response {
        let id = try req.recordKey()
        let account = try await UserPage.account(req, id: id)
        do {
            let password = try await action(req.accountAdministration, account, try req.caller)
            return UserPage.render(try await UserPage.query(req, id: id, resetPassword: password, notice: L(notice)))
        } catch let error as AccountError where error != .notFound && error != .notPermitted {
            return UserPage.render(try await UserPage.query(req, id: id, message: error.description), status: .badRequest)
        }
    }
}
