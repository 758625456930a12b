/// Collects a batch's rows in file order, then sorts them by subject key into
/// `ReferenceColumns`. Ties keep file order, so a person's rows read as the file had them.
public struct ReferenceColumnsBuilder: Sendable {
    private var columns = ReferenceColumns()

    public init(capacity: Int = 0) {
        columns.keys.reserveCapacity(capacity)
        columns.seconds.reserveCapacity(capacity)
        columns.dates.reserveCapacity(capacity)
        columns.amounts.reserveCapacity(capacity)
        columns.extras.reserveCapacity(capacity)
        columns.codes.reserveCapacity(capacity)
        columns.lines.reserveCapacity(capacity)
        columns.offsets.reserveCapacity(capacity)
    }

    public var count: Int { columns.count }

    public mutating func append(key: UInt64, second: UInt64 = 0, date: Int32 = ReferenceColumns.noDate,
                                amount: Int64 = ReferenceColumns.noAmount, extra: Int64 = ReferenceColumns.noAmount, code: UInt16 = 0, line: UInt32, offset: UInt64) {
        columns.keys.append(key)
        columns.seconds.append(second)
        columns.dates.append(date)
        columns.amounts.append(amount)
        columns.extras.append(extra)
        columns.codes.append(code)
        columns.lines.append(line)
        columns.offsets.append(offset)
    }

    /// The rows sorted by key (stable).
    public func build() -> ReferenceColumns {
        let source = columns
        var order = Array(0..<source.count)
        order.sort { source.keys[$0] != source.keys[$1] ? source.keys[$0] < source.keys[$1] : $0 < $1 }
        func permuted<T>(_ column: [T]) -> [T] { order.map { column[$0] } }
        var sorted = ReferenceColumns()
        (sorted.keys, sorted.seconds, sorted.dates, sorted.amounts) = (permuted(source.keys), permuted(source.seconds),
                                                                       permuted(source.dates), permuted(source.amounts))
        (sorted.extras, sorted.codes, sorted.lines, sorted.offsets) = (permuted(source.extras), permuted(source.codes),
                                                                       permuted(source.lines), permuted(source.offsets))
        return sorted
    }
}
