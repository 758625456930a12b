import DoudiDomain
import Vapor

/// The region tree within the caller's area.
struct RegionController {
    func boot(routes: any RoutesBuilder) {
        routes.get("regions", use: root)
        routes.get("regions", ":code", use: region)
    }

    @Sendable func root(req: Request) async throws -> Response {
        RegionTree.render(try await RegionTree.query(req, code: nil))
    }

    @Sendable func region(req: Request) async throws -> Response {
        guard let text = req.parameters.get("code"), let code = RegionCode(text) else { throw Abort(.notFound) }
        return RegionTree.render(try await RegionTree.query(req, code: code))
    }
}
