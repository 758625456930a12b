import DoudiDomain
import SQLKit
import Vapor

/// Login, logout and the user's own password.
struct SessionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("login", use: loginForm)
        routes.post("login", use: login)
    }

    func bootSignedIn(routes: any RoutesBuilder) {
        routes.post("logout", use: logout)
        routes.get("account", "password", use: passwordForm)
        routes.post("account", "password", use: changePassword)
    }

    struct LoginForm: Content {
        var username: String
        var password: String
    }

    @Sendable func loginForm(req: Request) async throws -> Response {
        if req.login != nil { return req.redirect(to: "/households") }
        return Self.loginPage(req, model: LoginPage.Model(csrfToken: ""))
    }

    @Sendable func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        switch try await req.logins.open(.session, username: form.username, password: form.password, origin: req.origin) {
        case let .opened(account, issued):
            let secure = req.accountSettings.secureCookies
            let response = req.redirect(to: account.mustChangePassword ? "/account/password" : "/households")
            response.cookies[WebCookies.session] = WebCookies.value(issued.token, secure: secure)
            response.cookies[WebCookies.loginCSRF] = WebCookies.expired(secure: secure)
            return response
        case let .refused(error):
            // The login page always answers 401, so a lock is not told apart by status.
            return Self.loginPage(req, model: .init(username: form.username, message: error.reason, csrfToken: ""), status: .unauthorized)
        }
    }

    /// A fresh double-submit token for every rendering of the form.
    private static func loginPage(_ req: Request, model: LoginPage.Model, status: HTTPResponseStatus = .ok) -> Response {
        var model = model
        model.csrfToken = AccessTokenStore.randomToken()
        let response = LoginPage.render(model, status: status)
        response.cookies[WebCookies.loginCSRF] = WebCookies.value(model.csrfToken, secure: req.accountSettings.secureCookies)
        return response
    }

    @Sendable func logout(req: Request) async throws -> Response {
        if let login = req.login { try await req.logins.close(login, origin: req.origin) }
        let response = req.redirect(to: "/login")
        response.cookies[WebCookies.session] = WebCookies.expired(secure: req.accountSettings.secureCookies)
        return response
    }

    struct PasswordForm: Content {
        var current: String
        var new: String
        var confirm: String
    }

    @Sendable func passwordForm(req: Request) async throws -> Response {
        guard let login = req.login else { throw Abort(.unauthorized) }
        return PasswordPage.render(.init(login: login, minimumLength: req.accountSettings.passwords.minimumLength))
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        guard let login = req.login else { throw Abort(.unauthorized) }
        let form = try req.content.decode(PasswordForm.self)
        var model = PasswordPage.Model(login: login, minimumLength: req.accountSettings.passwords.minimumLength)
        guard form.new == form.confirm else {
            model.message = L("password.error.mismatch")
            return PasswordPage.render(model, status: .badRequest)
        }
        do {
            try await req.accountAdministration.changePassword(of: login.account, current: form.current, new: form.new, keepingSession: login.tokenHash)
        } catch let error as AccountError {
            model.message = error.description
            return PasswordPage.render(model, status: .badRequest)
        }
        model.message = L("password.changed")
        model.succeeded = true
        return PasswordPage.render(model)
    }
}
