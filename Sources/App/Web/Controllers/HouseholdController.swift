import DoudiDomain
import Vapor

/// Household search, detail and edit pages. Thin: each handler decodes, calls the
/// page's query, and renders its view.
struct HouseholdController {
    func boot(routes: any RoutesBuilder) {
        routes.get { req in req.redirect(to: "/households") }
        routes.get("households", use: browse)
        routes.post("households", "search", use: search)
        routes.get("households", ":key", use: show)
        routes.post("households", ":key", "edit", use: edit)
    }

    /// Region and status only: free-text criteria come by POST.
    @Sendable func browse(req: Request) async throws -> Response {
        let criteria = HouseholdCriteria(region: req.query[String.self, at: "region"],
                                                status: req.query[String.self, at: "status"],
                                                page: req.query[Int.self, at: "page"])
        return HouseholdSearch.render(try await HouseholdSearch.query(req, criteria: criteria))
    }

    @Sendable func search(req: Request) async throws -> Response {
        let criteria = try req.content.decode(HouseholdCriteria.self)
        return HouseholdSearch.render(try await HouseholdSearch.query(req, criteria: criteria))
    }

    @Sendable func show(req: Request) async throws -> Response {
        HouseholdPage.render(try await HouseholdPage.query(req, id: try req.recordKey()))
    }

    struct EditForm: Content {
        var address: String
        var areaKind: String
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let id = try req.recordKey()
        let registry = try req.registry
        guard var household = try await registry.household(id: id) else { throw RegistryError.notFound }
        let form = try req.content.decode(EditForm.self)
        guard let kind = AreaKind(rawValue: form.areaKind), !form.address.trimmed.isEmpty else {
            throw UserFacingError(.badRequest, "household.error.edit")
        }
        household.address = form.address.trimmed
        household.areaKind = kind
        try await registry.updateHousehold(household)
        return HouseholdPage.render(try await HouseholdPage.query(req, id: id, message: L("household.saved")))
    }
}
