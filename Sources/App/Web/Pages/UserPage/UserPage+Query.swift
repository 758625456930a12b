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
        var options = try await regions.options(within: caller.scope, depth: UserList.accountScopeDepth(below: caller.scope))
        // The account's own scope is always offered (and preselected), even a village below
        // the listed levels: otherwise the form would fall back to the first option and a
        // role change would silently widen the account's area.
        if !options.contains(where: { $0.code == account.scope.value }), let own = try await regions.region(account.scope) {
            options.insert((own.code.value, own.name, 0), at: 0)
        }
        return Model(login: req.login!, account: account, scopePath: try await regions.path(to: account.scope),
                     regionOptions: options,
                     resetPassword: resetPassword, notice: notice, message: message, now: Date())
    }
}
