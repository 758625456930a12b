import Foundation
import SQLKit

/// Where the registry stands for one snapshot (`M011_RegistryGeneration`, `RegistrySnapshotKind`):
/// the database's instance, a number that moves with every committed write to the tables the
/// snapshot is read from, and a nonce random with each (the count alone could come round
/// again after a restore). Read before the data a snapshot is made of, so a write that lands
/// during the read leaves the snapshot stale, never wrongly current.
struct RegistryGeneration: Equatable, Sendable {
    let instance: String
    let value: Int64
    let nonce: Int64

    /// Every snapshot's generation, in one read.
    static func current(_ sql: any SQLDatabase) async throws -> [RegistrySnapshotKind: RegistryGeneration] {
        let kinds = RegistrySnapshotKind.allCases
        let query: SQLQueryString
        if sql.dialect.name == "sqlite" {
            query = "SELECT instance, \(unsafeRaw: kinds.map { "\($0.rawValue)_value, \($0.rawValue)_nonce" }.joined(separator: ", ")) FROM registry_generation WHERE id = 1"
        } else {
            let sums = kinds.map { kind in
                "coalesce(sum(weight) FILTER (WHERE \(kind.rawValue)), 0)::bigint AS \(kind.rawValue)_value, "
                    + "coalesce(bit_xor(nonce) FILTER (WHERE \(kind.rawValue)), 0) AS \(kind.rawValue)_nonce"
            }
            query = "SELECT g.instance, c.* FROM registry_generation g, (SELECT \(unsafeRaw: sums.joined(separator: ", ")) FROM registry_changes) c WHERE g.id = 1"
        }
        guard let row = try await sql.raw(query).first() else { throw DataIntegrityError(message: "registry_generation has no row") }
        let instance = try row.decode(column: "instance", as: String.self)
        return try Dictionary(uniqueKeysWithValues: kinds.map { kind in
            (kind, RegistryGeneration(instance: instance, value: try row.decode(column: kind.rawValue + "_value", as: Int64.self),
                                      nonce: try row.decode(column: kind.rawValue + "_nonce", as: Int64.self)))
        })
    }

    /// PostgreSQL's change rows, one per registry statement, would be summed on every run for
    /// ever: past `threshold` rows, those a reader sees are folded into one row per set of
    /// marks, of their total weight and XORed nonce, in one statement, so no generation moves.
    /// A change not yet committed is not seen, so not folded: it counts once it commits, as
    /// before. Two folds at once: the second finds the rows gone and adds nothing.
    static func compact(_ sql: any SQLDatabase, threshold: Int = 10_000) async throws {
        guard sql.dialect.name != "sqlite",
              let rows = try await sql.raw("SELECT count(*) AS n FROM registry_changes").first()?.decode(column: "n", as: Int.self),
              rows > threshold else { return }
        let marks = RegistrySnapshotKind.allCases.map(\.rawValue).joined(separator: ", ")
        try await sql.raw("""
            WITH folded AS (DELETE FROM registry_changes RETURNING weight, nonce, \(unsafeRaw: marks))
            INSERT INTO registry_changes (weight, nonce, \(unsafeRaw: marks))
            SELECT sum(weight)::bigint, bit_xor(nonce), \(unsafeRaw: marks) FROM folded GROUP BY \(unsafeRaw: marks)
            """).run()
    }
}
