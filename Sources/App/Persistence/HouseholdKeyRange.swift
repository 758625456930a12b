import Foundation
import SQLKit

/// A contiguous run of household keys, in the database's own order of them: the unit a
/// whole registry is read in when it is written to a snapshot (`Registry.forEachHouseholdChunk`).
/// Chunked by household rather than by region code, since every record names its household
/// while its region code is its person's, which need not be the household's: a household's
/// records all fall in its chunk.
struct HouseholdKeyRange: Sendable, Equatable {
    let lower: UUID
    let upper: UUID

    /// Runs of `size` keys out of `keys` (in the database's order), covering them all.
    static func chunks(of keys: [UUID], size: Int) -> [HouseholdKeyRange] {
        precondition(size > 0)
        return stride(from: 0, to: keys.count, by: size).map { HouseholdKeyRange(lower: keys[$0], upper: keys[min(keys.count, $0 + size) - 1]) }
    }
}

extension SQLPredicateBuilder {
    /// Rows whose `column` (a household key) falls in `range`; every row when it is nil.
    func within(_ range: HouseholdKeyRange?, column: String, table: String? = nil) -> Self {
        guard let range else { return self }
        let column = SQLColumn(column, table: table)
        return self
            .where(column, .greaterThanOrEqual, SQLBind(range.lower))
            .where(column, .lessThanOrEqual, SQLBind(range.upper))
    }
}
