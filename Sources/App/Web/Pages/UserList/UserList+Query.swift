import DoudiDomain
import Vapor

extension UserList {
    static func query(_ req: Request, created: AccountAdministration.Created? = nil, message: String? = nil,
                      form: UserController.CreateForm? = nil) async throws -> Model {
        let caller = try req.caller
        let accounts = try await UserStore(sql: req.sql).accounts(within: caller.scope)
        let regions = RegionStore(sql: req.sql)
        let names = try await regions.regions(accounts.map(\.scope.value))
        return Model(login: req.login!,
                     rows: accounts.map { Row(account: $0, scopeName: names[$0.scope.value]?.name ?? $0.scope.value) },
                     regionOptions: try await regions.options(within: caller.scope, depth: accountScopeDepth(below: caller.scope)),
                     created: created, message: message, form: form, now: Date())
    }

    /// Accounts are scoped to a township at the finest (staff work for a 乡镇/街道), so
    /// the scope choice goes down to the townships under the administrator's area.
    static func accountScopeDepth(below scope: RegionCode) -> Int {
        max(0, RegionLevel.township.rawValue - scope.level.rawValue)
    }
}
