import DoudiDomain
import Vapor

/// Persons over the API; the full ID number only through the logged reveal.
enum APIPersonController {
    @Sendable static func show(req: Request) async throws -> PersonDTO {
        guard let person = try await req.registry.person(id: try req.recordKey()) else { throw RegistryError.notFound }
        return PersonDTO(person)
    }

    @Sendable static func reveal(req: Request) async throws -> RevealedIDDTO {
        let key = try req.recordKey()
        return RevealedIDDTO(key: key.uuidString, idNumber: try await req.registry.personRevealingIDNumber(id: key).idNumber.value)
    }
}
