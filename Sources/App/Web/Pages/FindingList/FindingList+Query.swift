import DoudiDomain
import Vapor

extension FindingList {
    static func query(_ req: Request, criteria: FindingCriteria) async throws -> Model {
        let caller = try req.caller
        let findings = FindingQuery(sql: req.sql)
        var message: String?
        var items: [FindingListItem] = [], counted: [(township: String, rule: AuditRule, count: Int)] = []
        switch criteria.filter(caller: caller) {
        case let .success(filter):
            items = try await findings.list(filter, caller: caller)
            counted = try await findings.counts(filter, caller: caller)
        case let .failure(error):
            message = error.reason
        }
        let regions = RegionStore(sql: req.sql)
        let names = try await regions.regions(Set(items.map(\.region) + counted.map(\.township)))
        let hasNext = items.count > FindingCriteria.pageSize
        let rows = items.prefix(FindingCriteria.pageSize).map { Row(item: $0, regionName: names[$0.region]?.name ?? $0.region) }
        var byTownship: [String: [String: Int]] = [:]
        for entry in counted { byTownship[entry.township, default: [:]][entry.rule.code, default: 0] += entry.count }
        let rules = AuditRule.allCases.filter { rule in counted.contains { $0.rule == rule } }
        let counts = byTownship.keys.sorted().map { (township: $0, name: names[$0]?.name ?? $0, byRule: byTownship[$0]!) }
        return Model(login: req.login!, criteria: criteria, rows: Array(rows), hasNext: hasNext, counts: counts, countedRules: rules,
                     regionOptions: try await regions.options(within: caller.scope), message: message)
    }
}
