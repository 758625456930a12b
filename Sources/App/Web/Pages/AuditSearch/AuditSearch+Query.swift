import DoudiDomain
import Vapor

extension AuditSearch {
    static func query(_ req: Request, criteria: AuditCriteria, verification: Verification? = nil) async throws -> Model {
        let caller = try req.caller
        var message: String?
        var found: (entries: [AuditEntry], hasNext: Bool) = ([], false)
        switch criteria.query() {
        case let .success(query): found = try await AuditLogSearch(sql: req.sql).search(query, within: caller.scope)
        case let .failure(error): message = error.reason
        }
        let regions = RegionStore(sql: req.sql)
        let names = try await regions.regions(found.entries.map(\.region))
        let rows = found.entries.map { entry in
            Row(entry: entry, regionName: names[entry.region]?.name ?? entry.region, subjectLink: link(entry))
        }
        return Model(login: req.login!, criteria: criteria, rows: rows, hasNext: found.hasNext,
                     regionOptions: try await regions.options(within: caller.scope), message: message, verification: verification)
    }

    /// Households and persons have pages (which apply the viewer's scope themselves).
    private static func link(_ entry: AuditEntry) -> String? {
        guard UUID(uuidString: entry.subjectKey) != nil else { return nil }
        switch entry.subjectKind {
        case "household": return "/households/\(entry.subjectKey)"
        case "person": return "/persons/\(entry.subjectKey)"
        default: return nil
        }
    }
}
