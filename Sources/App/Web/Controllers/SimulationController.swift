import Vapor

/// The standard simulation page: read-only, over the caller's area.
struct SimulationController {
    func boot(routes: any RoutesBuilder) {
        routes.get("simulation", use: show)
    }

    @Sendable func show(req: Request) async throws -> Response {
        SimulationPage.render(try await SimulationPage.query(req, .from(req)))
    }
}
