import SQLKit

/// A row's township: the first nine digits of its 12-digit region code (append "000" for the
/// township's own code). One expression for every per-township count.
enum TownshipColumn {
    static func of(_ table: String) -> SQLFunction {
        SQLFunction("substr", args: SQLColumn("region_code", table: table), SQLLiteral.numeric("1"), SQLLiteral.numeric("9"))
    }
}
