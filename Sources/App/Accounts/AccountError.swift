import DoudiDomain

/// Why an account operation was refused; every case has a Chinese message.
enum AccountError: Error, Equatable, CustomStringConvertible {
    /// Unknown, or outside the administrator's area: deliberately the same answer.
    case notFound
    case notPermitted
    case usernameTaken(String)
    case invalidUsername
    case scopeOutsideOwn
    case passwordRejected(reasonKey: String)
    case wrongCurrentPassword
    case alreadyBootstrapped
    case ownAccount

    var description: String {
        switch self {
        case .notFound: return L("account.error.not_found")
        case .notPermitted: return L("account.error.not_permitted")
        case let .usernameTaken(name): return L("account.error.username_taken", ["user": name])
        case .invalidUsername: return L("account.error.invalid_username")
        case .scopeOutsideOwn: return L("account.error.scope_outside_own")
        case let .passwordRejected(key): return L(key)
        case .wrongCurrentPassword: return L("account.error.wrong_current_password")
        case .alreadyBootstrapped: return L("account.error.already_bootstrapped")
        case .ownAccount: return L("account.error.own_account")
        }
    }
}
