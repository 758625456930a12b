import DoudiDomain
import Vapor

/// `GET /language?to=en&back=/households`: remembers the visitor's language in a cookie
/// (a preference, not personal data) and returns to the page. Only a local path is
/// followed back, so the link cannot be used to send someone elsewhere.
struct LanguageController {
    func boot(routes: any RoutesBuilder) {
        routes.get("language", use: choose)
    }

    @Sendable func choose(req: Request) async throws -> Response {
        guard let locale = req.query[String.self, at: "to"].flatMap(AppLocale.init(rawValue:)) else {
            throw UserFacingError(.badRequest, "web.error.bad_request")
        }
        let back = req.query[String.self, at: "back"].flatMap(Self.localPath) ?? "/"
        let response = req.redirect(to: back, redirectType: .normal)
        response.cookies[LocaleMiddleware.cookie] = HTTPCookies.Value(
            string: locale.rawValue, expires: nil, maxAge: 365 * 86_400, domain: nil, path: "/",
            isSecure: req.accountSettings.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    /// `/x…` but not `//host` or `/\host`, which browsers treat as another site.
    static func localPath(_ text: String) -> String? {
        guard text.hasPrefix("/"), !text.hasPrefix("//"), !text.hasPrefix("/\\"), !text.contains(where: \.isNewline) else { return nil }
        return text
    }
}
