/// The roll as the engine sees it: one row per person per enrollment (a person on two
/// enrollments is two rows), as plain columns. The caller keeps what the indexes mean
/// (its own person and enrollment tables); the engine needs only these numbers.
public struct RollColumns: Sendable, Equatable {
    /// No payment recorded.
    public static let neverPaid = Int32.min

    /// The person's packed ID key, 0 when the recorded number is invalid.
    public internal(set) var keys: [UInt64] = []
    /// The caller's index of the person record.
    public internal(set) var persons: [UInt32] = []
    /// The caller's index of the enrollment.
    public internal(set) var enrollments: [UInt32] = []
    /// `Program` by its position in `Program.allCases`.
    public internal(set) var programs: [UInt8] = []
    /// Whether the enrollment is in force (active or phasing out) today.
    public internal(set) var inForce: [Bool] = []
    /// The enrollment's 12-digit region code as a number.
    public internal(set) var regions: [UInt64] = []
    /// The last month paid (`MonthPeriod.index`), or `neverPaid`.
    public internal(set) var lastPaid: [Int32] = []
    /// `IdentityProblem` bits found when the roll was loaded.
    public internal(set) var identityProblems: [UInt8] = []

    public init() {}

    public var count: Int { keys.count }

    public mutating func append(key: UInt64, person: UInt32, enrollment: UInt32, program: UInt8, inForce: Bool, region: UInt64,
                                lastPaid: Int32, identityProblems: UInt8) {
        keys.append(key)
        persons.append(person)
        enrollments.append(enrollment)
        programs.append(program)
        self.inForce.append(inForce)
        regions.append(region)
        self.lastPaid.append(lastPaid)
        self.identityProblems.append(identityProblems)
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity); persons.reserveCapacity(capacity); enrollments.reserveCapacity(capacity)
        programs.reserveCapacity(capacity); inForce.reserveCapacity(capacity); regions.reserveCapacity(capacity)
        lastPaid.reserveCapacity(capacity); identityProblems.reserveCapacity(capacity)
    }

    /// Row indexes ordered by key (rows with an invalid number, key 0, first), ties by row,
    /// and the keys in that order. A radix sort of (key, row) pairs, 16 bits a pass: it
    /// reads the keys in sequence instead of comparing through the row indexes (a random
    /// read per comparison), and being stable it keeps ties in row order.
    func orderByKey() -> (rows: [Int32], keys: [UInt64]) {
        let n = count
        var keys = Array(self.keys), rows = (0..<Int32(n)).map { $0 }
        var keysOut = [UInt64](repeating: 0, count: n), rowsOut = [Int32](repeating: 0, count: n)
        var starts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: UInt64(0), to: 64, by: 16) {
            for index in starts.indices { starts[index] = 0 }
            for key in keys { starts[Int(truncatingIfNeeded: (key >> shift) & 0xFFFF)] += 1 }
            // A pass that would leave every key in one bucket changes nothing.
            if starts.contains(n) { continue }
            var total = 0
            for index in starts.indices { (starts[index], total) = (total, total + starts[index]) }
            keys.withUnsafeBufferPointer { keyIn in
                rows.withUnsafeBufferPointer { rowIn in
                    keysOut.withUnsafeMutableBufferPointer { keyOut in
                        rowsOut.withUnsafeMutableBufferPointer { rowOut in
                            starts.withUnsafeMutableBufferPointer { starts in
                                for index in 0..<n {
                                    let digit = Int(truncatingIfNeeded: (keyIn[index] >> shift) & 0xFFFF)
                                    let target = starts[digit]
                                    starts[digit] = target + 1
                                    keyOut[target] = keyIn[index]
                                    rowOut[target] = rowIn[index]
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &keysOut)
            swap(&rows, &rowsOut)
        }
        return (rows, keys)
    }
}
