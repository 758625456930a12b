import DoudiDomain
import Vapor

extension UserPage {
    /// The account `id` if it lies in the caller's area (else 404, whatever the role),
    /// and only then the role check (403): the same order as every record page.
    static func account(_ req: Request, id: UUID) async throws -> UserAccount {
        let caller = try req.caller
        guard let account = try await UserStore(sql: req.sql).account(id: id), caller.mayAccess(account.scope) else {
            throw AccountError.notFound
        }
        guard caller.role.may(.manageUsers) else { throw AccountError.notPermitted }
        return account
    }

    static func query(_ req: Request, id: UUID, resetPassword: String? = nil, notice: String? = nil,
                      message: String? = nil) async throws -> Model {
        let account = try await account(req, id: id)
        let caller = try req.caller
        let regions = RegionStore(sql: req.sql)
        return Model(login: req.login!, account: account, scopePath: try await regions.path(to: account.scope),
                     regionOptions: try await regions.options(within: caller.scope, depth: UserList.accountScopeDepth(below: caller.scope)),
                     resetPassword: resetPassword, notice: notice, message: message, now: Date())
    }
}
