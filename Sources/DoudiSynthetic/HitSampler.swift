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
    /// The person's rows on the roll, from which the planted findings are counted.
    let rows: [SynthRollRow]
}

/// A village official filed as a close relative of a household head (人情保 signal).
struct KinLink: Sendable {
    let staff: SynthStaff
    /// 亲属关系 as the filing names it: how the head is related to the official.
    let relation: String
    let person: HitPerson
}

/// A roll member on the department's poverty-monitoring list.
struct MonitoredPerson: Sendable {
    let id: String
    let name: String
    /// 监测对象类别 as the list writes it.
    let category: String
    let countyIndex: Int
    /// On 低保 or 特困 in force.
    let enrolled: Bool
}

/// Collects hits while the roll streams past: each person is offered once and lands in at most
/// one dataset, so hit counts add up and memory stays a few percent of the roll.
struct HitSampler {
    private var rng: SplitMix64
    private(set) var enrolled: [[HitPerson]] = Array(repeating: [], count: SyntheticReference.allCases.count)
    private(set) var others: [[HitPerson]] = Array(repeating: [], count: SyntheticReference.allCases.count)
    /// Every staff member with the index of their county, for the 近亲属备案 file.
    var staff: [(member: SynthStaff, countyIndex: Int)] = []
    var kin: [KinLink] = []
    /// The people the department's poverty-monitoring list names (`SynthRegistryView.listed`).
    var monitored: [MonitoredPerson] = []

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed, stream: 0x4849_5453)
    }

    mutating func offer(_ person: SynthPerson, countyIndex: Int, place: String, enrolledPerson: Bool, rows: [SynthRollRow]) {
        var u = rng.unit()
        for kind in SyntheticReference.allCases {
            let rate = enrolledPerson ? kind.enrolledHitRate : kind.otherHitRate
            if u < rate {
                // Ordinary deaths on the roll are of old people.
                if kind == .deaths && !enrolledPerson && person.age < 60 { return }
                let hit = HitPerson(id: person.id, name: person.name, male: person.male, birth: person.birth, countyIndex: countyIndex,
                                    place: place, rows: rows)
                if enrolledPerson { enrolled[kind.rawValue].append(hit) } else { others[kind.rawValue].append(hit) }
                return
            }
            u -= rate
        }
    }
}
