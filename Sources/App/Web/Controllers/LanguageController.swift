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

    /// A path on this site: `/` then characters of a plain path and query only, never a
    /// second `/` or `\` first (browsers read `//host` and `/\host` as another site, and
    /// they drop tabs and newlines, so `/<tab>/host` would become `//host`).
    static func localPath(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: "/"), bytes.count < 2_000 else { return nil }
        if bytes.count > 1, bytes[1] == UInt8(ascii: "/") || bytes[1] == UInt8(ascii: "\\") { return nil }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/_.~%?&=-+,:".utf8)
        return bytes.allSatisfy(allowed.contains) ? text : nil
    }
}
