import Foundation
import SQLKit

/// Where the registry stands (`M011_RegistryGeneration`): the database's instance and a
/// number that moves with every committed write to the tables the household rules read.
/// Read before the data a snapshot is made of, so a write that lands during the read leaves
/// the snapshot stale, never wrongly current.
struct RegistryGeneration: Equatable, Sendable {
    let instance: String
    let value: Int64
    /// Random with every write (`M011_RegistryGeneration`): the count alone could come round again.
    let nonce: Int64

    static func current(_ sql: any SQLDatabase) async throws -> RegistryGeneration {
        let query: SQLQueryString = sql.dialect.name == "sqlite"
            ? "SELECT instance, value, nonce FROM registry_generation WHERE id = 1"
            : """
              SELECT g.instance, c.value, c.nonce FROM registry_generation g,
                (SELECT count(*) AS value, coalesce(bit_xor(nonce), 0) AS nonce FROM registry_changes) c WHERE g.id = 1
              """
        guard let row = try await sql.raw(query).first() else { throw DataIntegrityError(message: "registry_generation has no row") }
        return RegistryGeneration(instance: try row.decode(column: "instance", as: String.self), value: try row.decode(column: "value", as: Int64.self),
                                  nonce: try row.decode(column: "nonce", as: Int64.self))
    }
}
