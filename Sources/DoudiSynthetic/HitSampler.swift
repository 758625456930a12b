import DoudiDomain

/// A roll member chosen to appear in a reference dataset (a deliberate "hit").
struct HitPerson: Sendable {
    let id: String
    let name: String
    let male: Bool
    let birth: CivilDate
    let countyIndex: Int
    /// The village address, for real-estate 坐落 near home.
    let place: String
}

/// Collects hits while the roll streams past: each person is offered once and lands in at most
/// one dataset, so hit counts add up and memory stays a few percent of the roll.
struct HitSampler {
    private var rng: SplitMix64
    private(set) var enrolled: [[HitPerson]] = Array(repeating: [], count: SyntheticReference.allCases.count)
    private(set) var others: [[HitPerson]] = Array(repeating: [], count: SyntheticReference.allCases.count)

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed, stream: 0x4849_5453)
    }

    mutating func offer(_ person: SynthPerson, countyIndex: Int, place: String, enrolledPerson: Bool) {
        var u = rng.unit()
        for kind in SyntheticReference.allCases {
            let rate = enrolledPerson ? kind.enrolledHitRate : kind.otherHitRate
            if u < rate {
                // Ordinary deaths on the roll are of old people.
                if kind == .deaths && !enrolledPerson && person.age < 60 { return }
                let hit = HitPerson(id: person.id, name: person.name, male: person.male, birth: person.birth, countyIndex: countyIndex, place: place)
                if enrolledPerson { enrolled[kind.rawValue].append(hit) } else { others[kind.rawValue].append(hit) }
                return
            }
            u -= rate
        }
    }
}
