/// One reference batch in column form, rows sorted by subject key: what the cross-check
/// engine loads instead of the file. Each column is a buffer of fixed-width values (read in
/// place from the mapped cache file), so a batch of five million rows is a handful of
/// contiguous buffers, not five million objects, and finding a person's rows is a binary
/// search or a merge with the roll.
///
/// The meaning of `second`, `date`, `amount` and `code` depends on the batch's kind (a
/// death date, a vehicle's value, a staff member's key); `line` and `offset` point back
/// into the validated file for the evidence of a hit.
public struct ReferenceColumns: Sendable, Equatable {
    /// No value in `date`.
    public static let noDate = Int32.min
    /// No value in `amount`.
    public static let noAmount = Int64.min

    /// The subject's packed ID key (`CitizenID.packedKey`), ascending.
    public internal(set) var keys: Column<UInt64> = []
    /// A second person's key (the staff member of a 近亲属 filing), 0 when none.
    public internal(set) var seconds: Column<UInt64> = []
    /// Days since 1970-01-01, or `noDate`.
    public internal(set) var dates: Column<Int32> = []
    /// Fen, or `noAmount`.
    public internal(set) var amounts: Column<Int64> = []
    /// A second number (a pension beside a contribution base, a business's status, a
    /// disability grade, a region code), or `noAmount`.
    public internal(set) var extras: Column<Int64> = []
    /// A small kind-specific code (vehicle type, program, monitoring type).
    public internal(set) var codes: Column<UInt16> = []
    /// The row's line in the file as the department sent it (the header is line 1), which
    /// is where an inspector looks for it; rejected rows do not shift it. Batches whose
    /// valid rows are identical share one cache, and with it the first upload's lines.
    public internal(set) var lines: Column<UInt32> = []
    /// The row's byte offset in the validated file.
    public internal(set) var offsets: Column<UInt64> = []

    public init() {}

    public var count: Int { keys.count }

    /// The range of rows whose subject is `key`.
    public func rows(for key: UInt64) -> Range<Int> {
        let start = lowerBound(key)
        var end = start
        while end < keys.count, keys[end] == key { end += 1 }
        return start..<end
    }

    /// The first row whose key is not below `key`.
    public func lowerBound(_ key: UInt64) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
