import DoudiDomain

/// Composes households for one county: picks an archetype, creates its members with consistent
/// ages, relations and membership bases, then fills in every member's traits.
///
/// In scale mode (`enrolledOnly`) the archetype mix is that of a recipient roll rather than of the
/// whole population, and members never need excluding from the count, so every member is enrolled.
struct HouseholdBuilder {
    var rng: SplitMix64
    var ids: CitizenIDAllocator
    let asOf: CivilDate
    let countyIndex: Int
    let enrolledOnly: Bool
    /// When set, the next couple's husband gets this age and surname: the son of an elderly
    /// household next door, so the two can be linked by a 赡养 relation.
    var headHint: (age: Int, surname: String?)?
    let sameCity: [Int]

    init(seed: UInt64, stream: UInt64, ids: CitizenIDAllocator, asOf: CivilDate, countyIndex: Int, enrolledOnly: Bool) {
        rng = SplitMix64(seed: seed, stream: stream)
        self.ids = ids
        self.asOf = asOf
        self.countyIndex = countyIndex
        self.enrolledOnly = enrolledOnly
        let city = ShandongCatalog.counties[countyIndex].cityCode
        sameCity = ShandongCatalog.counties.indices.filter {
            ShandongCatalog.counties[$0].cityCode == city && $0 != countyIndex
        }
    }

    /// Per-mille archetype weights. Rural Shandong is old: many one- and two-person elderly households.
    private static let ruralMix = WeightedTable<HouseholdArchetype>([
        (.tekunSingle, 30), (.elderAlone, 150), (.elderCouple, 145), (.singleAdult, 80), (.middleAgedCouple, 120),
        (.nuclear, 225), (.threeGeneration, 105), (.singleParent, 40), (.eldersWithDisabledChild, 25),
        (.grandparentsWithGrandchildren, 9), (.siblings, 15),
    ])
    private static let urbanMix = WeightedTable<HouseholdArchetype>([
        (.tekunSingle, 12), (.elderAlone, 100), (.elderCouple, 130), (.singleAdult, 125), (.middleAgedCouple, 125),
        (.nuclear, 315), (.threeGeneration, 75), (.singleParent, 60), (.eldersWithDisabledChild, 18),
        (.grandparentsWithGrandchildren, 3), (.siblings, 10),
    ])
    /// The mix of a recipient roll: 特困 singles are about a quarter of households (≈15 % of persons).
    private static let recipientMix = WeightedTable<HouseholdArchetype>([
        (.tekunSingle, 250), (.elderAlone, 190), (.elderCouple, 110), (.singleAdult, 75), (.middleAgedCouple, 55),
        (.nuclear, 75), (.threeGeneration, 60), (.singleParent, 75), (.eldersWithDisabledChild, 75),
        (.grandparentsWithGrandchildren, 20), (.siblings, 15),
    ])

    mutating func archetype(urban: Bool) -> HouseholdArchetype {
        if enrolledOnly { return Self.recipientMix.draw(&rng) }
        return (urban ? Self.urbanMix : Self.ruralMix).draw(&rng)
    }

    /// A household of `archetype`; `maxMembers` caps the size (scale mode's exact recipient count).
    mutating func build(_ archetype: HouseholdArchetype, village: SynthVillage, number: String, maxMembers: Int = 6) -> SynthHousehold {
        var household = SynthHousehold(
            number: number, village: village, address: address(village), archetype: archetype, members: []
        )
        compose(&household)
        if household.members.count > maxMembers { household.members.removeLast(household.members.count - maxMembers) }
        finish(&household)
        return household
    }

    private mutating func address(_ village: SynthVillage) -> String {
        let prefix = village.countyName + village.townshipName + village.shortName
        if village.isUrban && village.urbanRuralCode != 121 {
            return prefix + "\(rng.int(1...32))号楼\(rng.int(1...4))单元\(rng.int(1...6))0\(rng.int(1...4))室"
        }
        return prefix + "\(rng.int(1...380))号"
    }

    /// Traits that depend on the finished membership: hukou, disability, illness, work, schooling,
    /// the household's monitoring status and left-behind flags.
    private mutating func finish(_ household: inout SynthHousehold) {
        let urban = household.isUrban
        let ethnicity = drawEthnicity()
        for index in household.members.indices {
            var person = household.members[index]
            person.ethnicity = person.marriedIn ? drawEthnicity() : ethnicity
            if rng.chance(0.04) {
                person.hukouCode = String(ShandongCatalog.counties[rng.chance(0.5) ? countyIndex : rng.below(ShandongCatalog.counties.count)].code)
            } else {
                person.hukouCode = household.village.codeText
            }
            person.hukouType = rng.chance(urban ? 0.75 : 0.7) ? "居民" : (urban ? "非农业" : "农业")
            if person.disability == nil, rng.chance(PersonTraits.disabilityRate(age: person.age)) {
                person.disability = PersonTraits.disability(age: person.age, birth: person.birth, asOf: asOf, &rng)
            }
            if person.illness == nil, rng.chance(PersonTraits.illnessRate(age: person.age)) {
                person.illness = PersonTraits.illness(age: person.age, &rng)
            }
            // 特困 people have no pension by definition; the scale roll has no pensioners.
            if !enrolledOnly, household.archetype != .tekunSingle, person.age >= 60, rng.chance(urban ? 0.55 : 0.06) {
                person.retired = true
            }
            person.labour = PersonTraits.labour(person, &rng)
            person.employment = PersonTraits.employment(person, urban: urban, &rng)
            person.education = PersonTraits.education(person, urban: urban, &rng)
            household.members[index] = person
        }
        assignMonitoring(&household)
    }

    private static let ethnicities = WeightedTable<String>([("汉族", 9930), ("回族", 50), ("满族", 10), ("蒙古族", 5), ("壮族", 5)])

    private mutating func drawEthnicity() -> String { Self.ethnicities.draw(&rng) }

    /// 防返贫监测对象: rural households, more often those with a severe disability or serious illness.
    private mutating func assignMonitoring(_ household: inout SynthHousehold) {
        let hardship = household.members.contains { $0.isSevereDisabled || $0.illness != nil }
        var rate = hardship ? 0.10 : 0.015
        if household.isUrban { rate /= 3 }
        if enrolledOnly { rate *= 2 }
        guard rng.chance(rate) else {
            if rng.chance(0.002) { household.monitoring = "突发严重困难户" }
            return
        }
        household.monitoring = household.isUrban || rng.chance(0.6) ? "边缘易致贫户" : "脱贫不稳定户"
    }
}
