import DoudiDomain
import Foundation

/// The administrator's account list: every account in their area, and the form that
/// creates one. A new account's generated password is shown once, on the page that
/// answers the creation, and is never stored in clear.
enum UserList {
    struct Row: Sendable {
        let account: UserAccount
        let scopeName: String
    }

    struct Model: Sendable {
        let login: LoginContext
        let rows: [Row]
        let regionOptions: [(code: String, name: String, depth: Int)]
        /// Set after a creation: the account and its one-time initial password.
        var created: AccountAdministration.Created?
        /// Why the last form was refused; the form keeps what was typed.
        var message: String?
        var form: UserController.CreateForm?
        let now: Date
    }
}
