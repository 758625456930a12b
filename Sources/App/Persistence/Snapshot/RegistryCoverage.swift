import DoudiDomain
import SQLKit

/// Whether a region holds the whole registry: every row of every table the household read
/// takes (`M011_RegistryGeneration.tables`) is in its code range. Only then is a read of the
/// region the same as a snapshot of everything. Each table's lowest and highest code come
/// from its region index, one query each: asked together, SQLite scans the whole index
/// (a province's persons, twice a run); `enrollment_members` has no such index and is scanned.
struct RegistryCoverage {
    let sql: any SQLDatabase

    func isWhole(_ region: RegionCode) async throws -> Bool {
        let bounds = region.scopeBounds
        for table in M011_RegistryGeneration.tables {
            guard let low = try await code("min", of: table) else { continue }
            guard let high = try await code("max", of: table), low >= bounds.lower, high <= bounds.upper else { return false }
        }
        return true
    }

    /// The table's lowest or highest region code (`aggregate`: min or max); nil when it is empty.
    private func code(_ aggregate: String, of table: String) async throws -> String? {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: aggregate)(region_code) AS code FROM \(ident: table)").first(),
              !(try row.decodeNil(column: "code")) else { return nil }
        return try row.decode(column: "code", as: String.self)
    }
}
