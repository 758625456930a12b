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

    private static func page(_ req: Request, _ criteria: HouseholdSearchDTO) async throws -> HouseholdPageDTO {
        var region: RegionCode?
        if let text = criteria.regionCode?.trimmed, !text.isEmpty {
            guard let code = RegionCode(text) else { throw Abort(.badRequest, reason: L("search.error.region")) }
            region = code
        }
        var status: EnrollmentStatus?
        if let text = criteria.status, !text.isEmpty {
            guard let value = EnrollmentStatus(rawValue: text) else { throw Abort(.badRequest, reason: L("search.error.status")) }
            status = value
        }
        let page = max(1, criteria.page ?? 1)
        let summaries = try await req.registry.householdSummaries(HouseholdQuery(
            idNumber: criteria.idNumber?.trimmed.nonEmpty, name: criteria.name?.trimmed.nonEmpty, region: region, status: status,
            limit: pageSize + 1, offset: (page - 1) * pageSize))
        return HouseholdPageDTO(items: summaries.prefix(pageSize).map(HouseholdSummaryDTO.init), page: page, pageSize: pageSize,
                                hasNext: summaries.count > pageSize)
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
        try req.require(.editRegistry)
        let patch = try req.content.decode(HouseholdPatchDTO.self)
        if let address = patch.address?.trimmed {
            guard !address.isEmpty else { throw Abort(.badRequest, reason: L("household.error.edit")) }
            household.address = address
        }
        if let text = patch.areaKind {
            guard let kind = AreaKind(rawValue: text) else { throw Abort(.badRequest, reason: L("household.error.edit")) }
            household.areaKind = kind
        }
        try await registry.updateHousehold(household)
        return HouseholdDTO(household)
    }
}
