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

    /// Row indexes ordered by key (rows with an invalid number, key 0, first), ties by row.
    func orderByKey() -> [Int32] {
        var order = (0..<Int32(count)).map { $0 }
        let keys = self.keys
        order.sort { keys[Int($0)] != keys[Int($1)] ? keys[Int($0)] < keys[Int($1)] : $0 < $1 }
        return order
    }
}
