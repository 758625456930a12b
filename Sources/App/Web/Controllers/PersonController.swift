import DoudiDomain
import Vapor

/// Person detail, and the explicit reveal of a full ID number (a POST, logged).
struct PersonController {
    func boot(routes: any RoutesBuilder) {
        routes.get("persons", ":key", use: show)
        routes.post("persons", ":key", "reveal", use: reveal)
    }

    @Sendable func show(req: Request) async throws -> Response {
        PersonPage.render(try await PersonPage.query(req, id: try req.recordKey(), reveal: false))
    }

    @Sendable func reveal(req: Request) async throws -> Response {
        PersonPage.render(try await PersonPage.query(req, id: try req.recordKey(), reveal: true))
    }
}
