import DoudiDomain
import Vapor

/// Households over the API: browse (GET, region and status), search (POST, also name
/// and ID number), detail, and edit of address and area kind.
enum APIHouseholdController {
    static let pageSize = 50

    @Sendable static func browse(req: Request) async throws -> HouseholdPageDTO {
        try await page(req, HouseholdSearchDTO(name: nil, idNumber: nil, regionCode: req.query[String.self, at: "regionCode"],
                                               status: req.query[String.self, at: "status"], page: req.query[Int.self, at: "page"]))
    }

    @Sendable static func search(req: Request) async throws -> HouseholdPageDTO {
        try await page(req, try req.content.decode(HouseholdSearchDTO.self))
    }

    private static func page(_ req: Request, _ body: HouseholdSearchDTO) async throws -> HouseholdPageDTO {
        let criteria = HouseholdCriteria(name: body.name, idNumber: body.idNumber, region: body.regionCode, status: body.status, page: body.page)
        let summaries = try await req.registry.householdSummaries(try criteria.query(pageSize: pageSize).get())
        return HouseholdPageDTO(items: summaries.prefix(pageSize).map(HouseholdSummaryDTO.init), page: criteria.pageNumber,
                                pageSize: pageSize, hasNext: summaries.count > pageSize)
    }

    @Sendable static func show(req: Request) async throws -> DossierDTO {
        guard let dossier = try await req.registry.dossier(ofHousehold: try req.recordKey(), today: .today()) else {
            throw RegistryError.notFound
        }
        return DossierDTO(dossier)
    }

    @Sendable static func update(req: Request) async throws -> HouseholdDTO {
        let registry = try req.registry
        guard var household = try await registry.household(id: try req.recordKey()) else { throw RegistryError.notFound }
        let patch = try req.content.decode(HouseholdPatchDTO.self)
        if let address = patch.address?.trimmed {
            guard !address.isEmpty else { throw UserFacingError(.badRequest, "household.error.edit") }
            household.address = address
        }
        if let text = patch.areaKind {
            guard let kind = AreaKind(rawValue: text) else { throw UserFacingError(.badRequest, "household.error.edit") }
            household.areaKind = kind
        }
        try await registry.updateHousehold(household)
        return HouseholdDTO(household)
    }
}
