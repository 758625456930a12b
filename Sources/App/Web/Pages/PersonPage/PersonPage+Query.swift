import DoudiDomain
import Vapor

extension PersonPage {
    /// With `reveal`, the full number is fetched through the registry, which checks the
    /// role and writes the audit entry first.
    static func query(_ req: Request, id: UUID, reveal: Bool) async throws -> Model {
        let registry = try req.registry
        guard let person = try await registry.person(id: id) else { throw RegistryError.notFound }
        let revealed = reveal ? try await registry.revealIDNumber(ofPerson: id) : nil
        return Model(login: req.login!, person: person,
                     regionPath: try await RegionStore(sql: req.sql).path(to: person.region),
                     households: try await registry.memberships(ofPerson: id), revealedIDNumber: revealed,
                     mayReveal: registry.caller.role.may(.revealIDNumber))
    }
}
