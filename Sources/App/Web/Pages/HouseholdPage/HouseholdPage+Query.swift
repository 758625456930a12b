import DoudiDomain
import Vapor

extension HouseholdPage {
    static func query(_ req: Request, id: UUID, message: String? = nil) async throws -> Model {
        let registry = try req.registry
        let today = CivilDate.today()
        guard let dossier = try await registry.dossier(ofHousehold: id, today: today) else { throw RegistryError.notFound }
        let book = req.application.policyBook
        let dibaoChecks = DibaoCheck.all(dossier, book: book, on: today)
        return Model(
            login: req.login!, dossier: dossier,
            regionPath: try await RegionStore(sql: req.sql).path(to: dossier.household.region),
            userNames: try await UserStore(sql: req.sql).usernames(Set(dossier.history.map(\.changedBy))),
            dibaoChecks: dibaoChecks, tekunChecks: TekunCheck.all(dossier, dibaoChecks: dibaoChecks, book: book, on: today),
            message: message)
    }
}
