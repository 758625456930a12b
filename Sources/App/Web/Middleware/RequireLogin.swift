import DoudiDomain
import Vapor

/// Refuses requests without a login: the web redirects to the login page, the API
/// answers 401. An account whose password was set by an administrator must change it
/// before anything else.
struct RequireLogin: AsyncMiddleware {
    let api: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let login = request.login else {
            if api { throw Abort(.unauthorized) }
            return request.redirect(to: "/login")
        }
        if login.account.mustChangePassword, !Self.allowedBeforeChange.contains(request.url.path) {
            if api { throw UserFacingError(.forbidden, "account.error.must_change_password") }
            return request.redirect(to: "/account/password")
        }
        return try await next.respond(to: request)
    }

    private static let allowedBeforeChange: Set<String> = ["/account/password", "/logout", "/api/v1/session"]
}
