import Vapor

/// The cookies the web sets: HttpOnly, SameSite=Strict, `Secure` unless configured off,
/// and path `/`. The session cookie has no Max-Age: it ends with the browser, and the
/// server ends it after `AccountSettings.sessionLifetime` regardless.
enum WebCookies {
    static let session = "doudi_session"
    static let loginCSRF = "doudi_login_csrf"

    static func value(_ string: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: string, expires: nil, maxAge: nil, domain: nil, path: "/", isSecure: secure,
                          isHTTPOnly: true, sameSite: .strict)
    }

    static func expired(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/",
                          isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }
}
