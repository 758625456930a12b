import DoudiDomain
import Vapor

extension PersonPage {
    /// With `reveal`, the full number is fetched through the registry, which checks the
    /// role and writes the audit entry first.
    static func query(_ req: Request, id: UUID, reveal: Bool) async throws -> Model {
        let registry = try req.registry
        let found = reveal ? try await registry.personRevealingIDNumber(id: id) : try await registry.person(id: id)
        guard let person = found else { throw RegistryError.notFound }
        let revealed = reveal ? person.idNumber.value : nil
        return Model(login: req.login!, person: person,
                     regionPath: try await RegionStore(sql: req.sql).path(to: person.region),
                     households: try await registry.memberships(ofPerson: id), revealedIDNumber: revealed)
    }
}
