import DoudiDomain
import Vapor

/// The policy parameters page and its API twin: what is in force for a region on a date.
struct PolicyController {
    func boot(routes: any RoutesBuilder) {
        routes.get("policy", use: show)
    }

    @Sendable func show(req: Request) async throws -> Response {
        PolicyPage.render(try await PolicyPage.query(req, .from(req)))
    }
}
