import DoudiDomain
import Vapor

/// An HTTP error whose message is written for the user: a localization key and its
/// arguments. `ErrorResponder` shows its text; any other error gets a generic message
/// for its status, so nothing internal or English leaks out.
struct UserFacingError: AbortError {
    let status: HTTPResponseStatus
    let key: String
    let arguments: [String: String]

    init(_ status: HTTPResponseStatus, _ key: String, _ arguments: [String: String] = [:]) {
        self.status = status
        self.key = key
        self.arguments = arguments
    }

    var reason: String { L(key, arguments) }
}
