import DoudiDomain
import Vapor

extension HouseholdSearch {
    static func query(_ req: Request, criteria raw: Criteria) async throws -> Model {
        var criteria = raw
        criteria.name = criteria.name?.trimmed.nonEmpty
        criteria.idNumber = criteria.idNumber?.trimmed.nonEmpty
        let registry = try req.registry
        var message: String?
        var region: RegionCode?
        if let text = criteria.region?.trimmed.nonEmpty {
            region = RegionCode(text)
            if region == nil { message = L("search.error.region") }
        }
        var status: EnrollmentStatus?
        if let text = criteria.status?.nonEmpty {
            status = EnrollmentStatus(rawValue: text)
            if status == nil { message = L("search.error.status") }
        }
        var summaries: [HouseholdSummary] = []
        if message == nil {
            summaries = try await registry.householdSummaries(HouseholdQuery(
                idNumber: criteria.idNumber, name: criteria.name, region: region, status: status,
                limit: pageSize + 1, offset: criteria.pageIndex * pageSize))
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
                     regionOptions: try await regionOptions(regions, scope: registry.caller.scope), message: message)
    }

    private static func regionOptions(_ store: RegionStore, scope: RegionCode) async throws -> [(code: String, name: String, depth: Int)] {
        guard let top = try await store.region(scope) else { return [] }
        var options = [(code: top.code.value, name: top.name, depth: 0)]
        for child in try await store.children(of: scope) {
            options.append((child.code.value, child.name, 1))
            for grandchild in try await store.children(of: child.code) { options.append((grandchild.code.value, grandchild.name, 2)) }
        }
        return options
    }
}

extension String {
    /// nil for an empty string, so blank form fields mean "no criterion".
    var nonEmpty: String? { isEmpty ? nil : self }
}
