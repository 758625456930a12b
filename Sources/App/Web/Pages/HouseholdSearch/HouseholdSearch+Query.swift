import DoudiDomain
import Vapor

extension HouseholdSearch {
    static func query(_ req: Request, criteria raw: HouseholdCriteria) async throws -> Model {
        var criteria = raw
        criteria.name = criteria.name?.trimmed.nonEmpty
        criteria.idNumber = criteria.idNumber?.trimmed.nonEmpty
        let registry = try req.registry
        var message: String?
        var summaries: [HouseholdSummary] = []
        switch criteria.query(pageSize: pageSize) {
        case let .success(query): summaries = try await registry.householdSummaries(query)
        case let .failure(error): message = error.reason
        }
        let hasNext = summaries.count > pageSize
        summaries = Array(summaries.prefix(pageSize))
        let regions = RegionStore(sql: req.sql)
        let names = try await regions.regions(summaries.map(\.household.region.value))
        let rows = summaries.map { summary in
            Row(key: summary.household.id.uuidString, householdNo: summary.household.householdNo,
                regionName: names[summary.household.region.value]?.name ?? summary.household.region.value,
                address: summary.household.address, headName: summary.headName ?? "—", memberCount: summary.memberCount,
                enrollments: summary.enrollments.map { "\($0.program.label())·\($0.status.label())" })
        }
        return Model(login: req.login!, criteria: criteria, rows: rows, hasNext: hasNext,
                     regionOptions: try await regions.options(within: registry.caller.scope), message: message)
    }
}
