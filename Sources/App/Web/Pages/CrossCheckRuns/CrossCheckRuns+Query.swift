import DoudiDomain
import Vapor

extension CrossCheckRuns {
    static func query(_ req: Request, message: String? = nil) async throws -> Model {
        let caller = try req.caller
        let runs = try await CrossCheckRunStore(sql: req.sql).runs(within: caller.scope)
        let regions = RegionStore(sql: req.sql)
        let names = try await regions.regions(Set(runs.map(\.region)))
        return Model(login: req.login!, rows: runs.map { Row(run: $0, regionName: names[$0.region]?.name ?? $0.region) },
                     mayStart: caller.role.may(.runCrossCheck), regionOptions: try await regions.options(within: caller.scope),
                     message: message)
    }
}
