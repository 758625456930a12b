import DoudiDomain
import SQLKit

/// The one place where area scoping becomes SQL: a region code range on the table's
/// `region_code` column (12-digit codes sort so that a region's descendants are
/// contiguous, so this is an index range scan on every engine).
extension SQLPredicateBuilder {
    func within(_ scope: RegionCode, table: String? = nil) -> Self {
        let bounds = scope.scopeBounds
        let column = SQLColumn("region_code", table: table)
        return self
            .where(column, .greaterThanOrEqual, SQLBind(bounds.lower))
            .where(column, .lessThanOrEqual, SQLBind(bounds.upper))
    }
}
