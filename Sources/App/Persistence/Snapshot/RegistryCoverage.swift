import DoudiDomain
import SQLKit

/// Whether a region holds the whole registry: every row of every table the household read
/// takes (`M011_RegistryGeneration.tables`) is in its code range. Only then is a read of the
/// region the same as a snapshot of everything. Each table's lowest and highest code come
/// from its region index (`enrollment_members` has none and is scanned).
struct RegistryCoverage {
    let sql: any SQLDatabase

    func isWhole(_ region: RegionCode) async throws -> Bool {
        let bounds = region.scopeBounds
        for table in M011_RegistryGeneration.tables {
            guard let row = try await sql.raw("SELECT min(region_code) AS low, max(region_code) AS high FROM \(ident: table)").first() else { continue }
            guard let low = try row.decodeNil(column: "low") ? nil : row.decode(column: "low", as: String.self) else { continue }
            let high = try row.decode(column: "high", as: String.self)
            guard low >= bounds.lower, high <= bounds.upper else { return false }
        }
        return true
    }
}
