import DoudiDomain
import Vapor

/// The region tree over the API, one level per call, within the caller's area.
enum APIRegionController {
    @Sendable static func root(req: Request) async throws -> RegionNodeDTO {
        dto(try await RegionTree.query(req, code: nil))
    }

    @Sendable static func region(req: Request) async throws -> RegionNodeDTO {
        guard let text = req.parameters.get("code"), let code = RegionCode(text) else { throw Abort(.notFound) }
        return dto(try await RegionTree.query(req, code: code))
    }

    private static func dto(_ model: RegionTree.Model) -> RegionNodeDTO {
        RegionNodeDTO(code: model.region.code.value, name: model.region.name, households: model.households,
                      children: model.children.map { RegionChildDTO(code: $0.code, name: $0.name, households: $0.households) })
    }
}
