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
                (SELECT coalesce(sum(weight), 0)::bigint AS value, coalesce(bit_xor(nonce), 0) AS nonce FROM registry_changes) c WHERE g.id = 1
              """
        guard let row = try await sql.raw(query).first() else { throw DataIntegrityError(message: "registry_generation has no row") }
        return RegistryGeneration(instance: try row.decode(column: "instance", as: String.self), value: try row.decode(column: "value", as: Int64.self),
                                  nonce: try row.decode(column: "nonce", as: Int64.self))
    }

    /// PostgreSQL's change rows, one per registry statement, would be summed on every run for
    /// ever: past `threshold` rows, those a reader sees are folded into one row of their total
    /// weight and XORed nonce, in one statement, so the generation does not move. A change
    /// not yet committed is not seen, so not folded: it counts once it commits, as before. Two
    /// folds at once: the second finds the rows gone and adds nothing.
    static func compact(_ sql: any SQLDatabase, threshold: Int = 10_000) async throws {
        guard sql.dialect.name != "sqlite",
              let rows = try await sql.raw("SELECT count(*) AS n FROM registry_changes").first()?.decode(column: "n", as: Int.self),
              rows > threshold else { return }
        try await sql.raw("""
            WITH folded AS (DELETE FROM registry_changes RETURNING weight, nonce)
            INSERT INTO registry_changes (weight, nonce) SELECT sum(weight)::bigint, bit_xor(nonce) FROM folded HAVING count(*) > 0
            """).run()
    }
}
