import DoudiDomain
import Vapor

/// Every state-changing web request must carry the session's CSRF token in the form
/// field `_csrf` (or the `X-CSRF-Token` header). Before login the token is the
/// double-submit cookie set with the login form. A mismatch is refused with 403.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    /// Uploads are the largest bodies a form posts.
    let maxBody: ByteCount

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        let expected = request.login?.csrfToken ?? request.cookies[WebCookies.loginCSRF]?.string
        if request.body.data == nil { _ = try await request.body.collect(max: maxBody.value).get() }
        let presented = request.headers.first(name: "X-CSRF-Token") ?? (try? request.content.get(String.self, at: Self.field))
        guard let expected, let presented, Self.constantTimeEqual(expected, presented) else {
            throw Abort(.forbidden, reason: L("web.error.csrf"))
        }
        return try await next.respond(to: request)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
