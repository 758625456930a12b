import DoudiDomain

/// Takes one part of a region's households one at a time, each as soon as it is assembled,
/// and gives the part's result at its end (`Registry.registeredHouseholds(…consumer:…)`).
/// A household is handed over owned and dropped after `take`: passing it on from a local
/// needs no copy, where reading it back out of an array of assembled households copied
/// all its records (a retain and a release for every reference in it), and a part's
/// households are never all held unless the consumer keeps them.
protocol HouseholdConsumer {
    associatedtype Part: Sendable
    mutating func take(_ household: RegisteredHousehold)
    mutating func finish() -> Part
}

/// Keeps every household: the part is the households themselves.
struct HouseholdCollector: HouseholdConsumer {
    private var households: [RegisteredHousehold] = []
    mutating func take(_ household: RegisteredHousehold) { households.append(household) }
    mutating func finish() -> [RegisteredHousehold] { households }
}
