import DoudiDomain

/// What the 错保 rules need to know of each enrollment on the roll (by the roll's
/// enrollment index): the limits its region holds it to, how many members it covers and
/// whether the household is urban (which standard applies).
public struct WealthContext: Sendable {
    /// The distinct limits of the run's regions.
    public let limits: [WealthLimits]
    /// Per enrollment: its index in `limits`.
    public let limitIndex: [UInt32]
    /// Per enrollment: the members it covers (its rows on the roll).
    public let members: [UInt16]
    /// Per enrollment: whether the household is urban.
    public let urban: [Bool]

    /// `urban` is per enrollment; `limitsOf` gives the limits of a roll row's region (the
    /// caller resolves each region once).
    public init(roll: RollColumns, urban: [Bool], limitsOf: (UInt64) throws -> WealthLimits) rethrows {
        let enrollments = urban.count
        var members = [UInt16](repeating: 0, count: enrollments), index = [UInt32](repeating: 0, count: enrollments)
        var known: [WealthLimits] = [], position: [WealthLimits: UInt32] = [:], byRegion: [UInt64: UInt32] = [:]
        for row in 0..<roll.count {
            let enrollment = Int(roll.enrollments[row])
            members[enrollment] &+= 1
            guard members[enrollment] == 1 else { continue }
            let region = roll.regions[row]
            if let found = byRegion[region] { index[enrollment] = found; continue }
            let limits = try limitsOf(region)
            let slot = position[limits] ?? {
                known.append(limits)
                return UInt32(known.count - 1)
            }()
            position[limits] = slot
            byRegion[region] = slot
            index[enrollment] = slot
        }
        self.limits = known
        self.limitIndex = index
        self.members = members
        self.urban = urban
    }

    /// One set of limits for every enrollment (tests, benchmarks of one region).
    public init(roll: RollColumns, limits: WealthLimits, urban: Bool = false) {
        let enrollments = roll.enrollments.max().map { Int($0) + 1 } ?? 0
        self.init(roll: roll, urban: Array(repeating: urban, count: enrollments), limitsOf: { _ in limits })
    }

    public func limits(ofEnrollment enrollment: Int) -> WealthLimits { limits[Int(limitIndex[enrollment])] }
}
