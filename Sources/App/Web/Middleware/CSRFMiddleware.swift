import DoudiDomain
import Vapor

/// Every state-changing web request must carry the session's CSRF token in the form
/// field `_csrf` (or the `X-CSRF-Token` header); the login form carries the double-submit
/// cookie set with it. A mismatch is refused with 403. A post without a session to any
/// other path has nothing to forge: it passes on, and `RequireLogin` sends it to the login.
///
/// A form's field is read from its body, collected up to `bodyLimit` (the routes'
/// default when nil): the upload group passes its own, larger limit, and its multipart
/// form carries the token as an ordinary field.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let loginPath = "/login"

    var bodyLimit: Int? = nil

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        let expected: String?
        if let login = request.login {
            expected = login.csrfToken
        } else if request.url.path == Self.loginPath {
            expected = request.cookies[WebCookies.loginCSRF]?.string
        } else {
            return try await next.respond(to: request)
        }
        var presented = request.headers.first(name: "X-CSRF-Token")
        if presented == nil {
            // Reading the field needs the body, within the group's limit.
            if request.body.data == nil {
                _ = try await request.body.collect(max: bodyLimit ?? request.application.routes.defaultMaxBodySize.value).get()
            }
            presented = try? request.content.get(String.self, at: Self.field)
        }
        guard let expected, !expected.isEmpty, let presented, Array(expected.utf8).secureCompare(to: Array(presented.utf8)) else {
            throw UserFacingError(.forbidden, "web.error.csrf")
        }
        return try await next.respond(to: request)
    }
}
