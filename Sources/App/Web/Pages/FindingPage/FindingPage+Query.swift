import DoudiDomain
import Vapor

extension FindingPage {
    /// A key outside the caller's area is answered as one that does not exist.
    static func query(_ req: Request, id: UUID, message: String? = nil) async throws -> Model {
        let caller = try req.caller
        guard let finding = try await FindingQuery(sql: req.sql).detail(id, caller: caller) else {
            throw UserFacingError(.notFound, "finding.error.not_found")
        }
        let names = try await RegionStore(sql: req.sql).regions([finding.region] + finding.listedAreas)
        return Model(login: req.login!, finding: finding, regionName: names[finding.region]?.name ?? finding.region,
                     areaNames: names.mapValues(\.name),
                     mayDecide: caller.role.may(.adjudicateFindings), message: message)
    }
}
