import DoudiDomain
import Vapor

/// Chooses the language of each response and makes it the task's `AppLocale.current`,
/// so pages, error pages and API errors render in it. Chinese is the working language:
/// the web switches to English only by the visitor's explicit choice (a cookie, set by
/// `LanguageController`), never because a browser happens to run in English; API clients
/// ask with `Accept-Language`.
struct LocaleMiddleware: AsyncMiddleware {
    static let cookie = "doudi_lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let locale = Self.locale(for: request)
        // The page's own address, for the language links; a POST's result page has none to return to.
        let path = request.method == .GET ? request.url.string : nil
        return try await AppLocale.$current.withValue(locale) {
            try await PageLayout.$currentPath.withValue(path) {
                let response = try await next.respond(to: request)
                response.headers.replaceOrAdd(name: "Content-Language", value: locale.rawValue)
                return response
            }
        }
    }

    static func locale(for request: Request) -> AppLocale {
        if request.url.path.hasPrefix("/api/") {
            return request.headers[.acceptLanguage].first.flatMap(preferred(acceptLanguage:)) ?? .default
        }
        return request.cookies[cookie].flatMap { AppLocale(rawValue: $0.string) } ?? .default
    }

    /// The first language in the header Doudi speaks (weights are ignored: clients list
    /// their preference first in practice).
    static func preferred(acceptLanguage: String) -> AppLocale? {
        for item in acceptLanguage.split(separator: ",") {
            let tag = item.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            if tag.hasPrefix("zh") { return .zhHans }
            if tag.hasPrefix("en") { return .en }
        }
        return nil
    }
}
