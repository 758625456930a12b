import Vapor

/// Resolves the request's credential. The web reads only the session cookie and the
/// API only the `Authorization: Bearer` header: a browser sends cookies on its own, so
/// an API that accepted them would need CSRF protection too.
struct TokenAuthenticator: AsyncMiddleware {
    enum Source: Sendable { case sessionCookie, bearer }

    let source: Source

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let token: String?
        switch source {
        case .sessionCookie: token = request.cookies[WebCookies.session]?.string
        case .bearer: token = request.headers.bearerAuthorization?.token
        }
        if let token {
            request.login = try await AccessTokenStore(sql: request.sql).resolve(token, kind: source == .bearer ? .api : .session, at: Date())
        }
        return try await next.respond(to: request)
    }
}
