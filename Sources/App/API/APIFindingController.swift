import DoudiDomain
import Vapor

/// The findings over the API: a filtered page, one finding, and a decision. The same
/// queries and rules as the pages: scoped by area in the query, decisions by role.
enum APIFindingController {
    @Sendable static func list(req: Request) async throws -> FindingPageDTO {
        let criteria = try req.query.decode(FindingCriteria.self)
        let caller = try req.caller
        let filter: FindingQuery.Filter
        switch criteria.filter(caller: caller) {
        case let .success(chosen): filter = chosen
        case let .failure(error): throw error
        }
        let items = try await FindingQuery(sql: req.sql).list(filter, caller: caller)
        return FindingPageDTO(items: items.prefix(FindingCriteria.pageSize).map(FindingSummaryDTO.init), page: criteria.pageNumber,
                              pageSize: FindingCriteria.pageSize, hasNext: items.count > FindingCriteria.pageSize)
    }

    @Sendable static func show(req: Request) async throws -> FindingDTO {
        try await dto(req, try await detail(req, try req.recordKey()))
    }

    @Sendable static func decide(req: Request) async throws -> FindingDTO {
        let id = try req.recordKey()
        let body = try req.content.decode(FindingDecisionRequest.self)
        _ = try await FindingDecisions.decide(id, decision: body.decision, reason: body.reason, by: try req.caller, on: req.db,
                                              auditKey: req.application.auditKey, origin: "api")
        return try await dto(req, try await detail(req, id))
    }

    /// The finding as the API shows it, the areas its evidence lists named as on its page.
    private static func dto(_ req: Request, _ finding: FindingDetail) async throws -> FindingDTO {
        let areas = finding.listedAreas
        let names = areas.isEmpty ? [:] : try await RegionStore(sql: req.sql).regions(areas).mapValues(\.name)
        return FindingDTO(finding, areaNames: names)
    }

    private static func detail(_ req: Request, _ id: UUID) async throws -> FindingDetail {
        guard let finding = try await FindingQuery(sql: req.sql).detail(id, caller: try req.caller) else {
            throw UserFacingError(.notFound, "finding.error.not_found")
        }
        return finding
    }
}
