import DoudiDomain
import Foundation

/// One account, for an administrator of its area: its state, and the actions on it
/// (enable or disable, change role and scope, reset the password). An administrator's
/// own account shows no actions: nobody widens or unlocks their own access.
enum UserPage {
    struct Model: Sendable {
        let login: LoginContext
        let account: UserAccount
        let scopePath: [String]
        let regionOptions: [(code: String, name: String, depth: Int)]
        /// A new password from a reset, shown once.
        var resetPassword: String?
        var notice: String?
        var message: String?
        let now: Date

        var isOwn: Bool { account.id == login.account.id }
    }
}
