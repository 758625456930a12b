/// Collects a batch's rows in file order, then sorts them by subject key into
/// `ReferenceColumns`. Ties keep file order, so a person's rows read as the file had them.
public struct ReferenceColumnsBuilder: Sendable {
    private var keys: [UInt64] = [], seconds: [UInt64] = [], dates: [Int32] = [], amounts: [Int64] = []
    private var extras: [Int64] = [], codes: [UInt16] = [], lines: [UInt32] = [], offsets: [UInt64] = []

    public init(capacity: Int = 0) {
        keys.reserveCapacity(capacity)
        seconds.reserveCapacity(capacity)
        dates.reserveCapacity(capacity)
        amounts.reserveCapacity(capacity)
        extras.reserveCapacity(capacity)
        codes.reserveCapacity(capacity)
        lines.reserveCapacity(capacity)
        offsets.reserveCapacity(capacity)
    }

    public var count: Int { keys.count }

    public mutating func append(key: UInt64, second: UInt64 = 0, date: Int32 = ReferenceColumns.noDate,
                                amount: Int64 = ReferenceColumns.noAmount, extra: Int64 = ReferenceColumns.noAmount, code: UInt16 = 0, line: UInt32, offset: UInt64) {
        keys.append(key)
        seconds.append(second)
        dates.append(date)
        amounts.append(amount)
        extras.append(extra)
        codes.append(code)
        lines.append(line)
        offsets.append(offset)
    }

    /// The rows sorted by key (stable).
    public func build() -> ReferenceColumns {
        var order = Array(0..<keys.count)
        order.sort { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        func permuted<T>(_ column: [T]) -> Column<T> { Column(order.map { column[$0] }) }
        var sorted = ReferenceColumns()
        (sorted.keys, sorted.seconds, sorted.dates, sorted.amounts) = (permuted(keys), permuted(seconds), permuted(dates), permuted(amounts))
        (sorted.extras, sorted.codes, sorted.lines, sorted.offsets) = (permuted(extras), permuted(codes), permuted(lines), permuted(offsets))
        return sorted
    }
}
