import Vapor

/// Who made this request, resolved from the session cookie (web) or the bearer token
/// (API) by `TokenAuthenticator`.
struct LoginContext: Sendable {
    let account: UserAccount
    let tokenHash: String
    let csrfToken: String
}

struct LoginContextKey: StorageKey {
    typealias Value = LoginContext
}

extension Request {
    var login: LoginContext? {
        get { storage[LoginContextKey.self] }
        set { storage[LoginContextKey.self] = newValue }
    }
}
