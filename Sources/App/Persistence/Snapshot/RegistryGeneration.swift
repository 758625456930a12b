import Foundation
import SQLKit

/// Where the registry stands (`M011_RegistryGeneration`): the database's instance and a
/// number that moves with every committed write to the tables the household rules read.
/// Read before the data a snapshot is made of, so a write that lands during the read leaves
/// the snapshot stale, never wrongly current.
struct RegistryGeneration: Equatable, Sendable {
    let instance: String
    let value: Int64

    static func current(_ sql: any SQLDatabase) async throws -> RegistryGeneration {
        let value: SQLQueryString = sql.dialect.name == "sqlite" ? "value" : "(SELECT count(*) FROM registry_changes)"
        guard let row = try await sql.raw("SELECT instance, \(value) AS value FROM registry_generation WHERE id = 1").first() else {
            throw DataIntegrityError(message: "registry_generation has no row")
        }
        return RegistryGeneration(instance: try row.decode(column: "instance", as: String.self), value: try row.decode(column: "value", as: Int64.self))
    }
}
