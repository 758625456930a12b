import DoudiDomain

/// Composes the rows of one reference file: outsiders drawn fresh, hits from roll members.
struct ReferenceRows {
    let kind: SyntheticReference
    let asOf: CivilDate
    var rng: SplitMix64
    let ids: CitizenIDAllocator

    init(kind: SyntheticReference, seed: UInt64, asOf: CivilDate) {
        self.kind = kind
        self.asOf = asOf
        rng = SplitMix64(seed: seed, stream: 0x5245_4600 | UInt64(kind.rawValue))
        ids = CitizenIDAllocator(side: .outsiders, seed: seed, lastDay: asOf)
    }

    /// An outsider of the right age for this dataset (the dead are old, drivers are adults…).
    mutating func outsider(county: Int, into file: TableFile) {
        switch kind {
        case .deaths:
            let date = asOf.adding(days: -rng.below(3 * 365))
            let age = rng.chance(0.9) ? rng.triangular(55...104, mode: 82) : rng.int(1...54)
            let male = rng.chance(0.55)
            let (id, birth) = ids.allocate(countyIndex: county, birth: date.adding(months: -12 * age).adding(days: -rng.below(365)), male: male)
            death(id: id, name: PersonNames.full(surname: PersonNames.surname(&rng), male: male, birthYear: birth.year, &rng), date: date, into: file)
        case .vehicles:
            vehicle(owner: adultID(county: county, ages: 20...75, mode: 40, male: 0.7), county: county, cheap: 0.2, into: file)
        case .realEstate:
            property(owner: adultID(county: county, ages: 25...88, mode: 48, male: 0.6), county: county, home: nil, into: file)
        case .businesses:
            business(person: adultID(county: county, ages: 22...72, mode: 42, male: 0.65), county: county, small: 0.62, into: file)
        case .payroll:
            let male = rng.chance(0.52)
            let age = rng.triangular(22...64, mode: 42)
            let (id, birth) = ids.allocate(countyIndex: county, birth: birthDate(age: age), male: male)
            payroll(id: id, name: PersonNames.full(surname: PersonNames.surname(&rng), male: male, birthYear: birth.year, &rng), county: county, hit: false, into: file)
        case .programRolls:
            programRollOutsider(county: county, into: file)
        case .staffRelatives:
            preconditionFailure("filed relatives are written per staff member")
        case .socialInsurance:
            let person = person(county: county, ages: 18...90, mode: 50)
            insurance(id: person.id, name: person.name, age: person.age, employeeShare: 0.45, into: file)
        case .providentFund:
            let person = person(county: county, ages: 22...60, mode: 38)
            providentFund(id: person.id, name: person.name, into: file)
        case .povertyMonitoring:
            let person = person(county: county, ages: 1...90, mode: 50)
            monitoredPerson(id: person.id, name: person.name, category: rng.pick(Self.monitoringCategories), into: file)
        }
    }

    static let monitoringCategories = ["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"]

    mutating func monitoredPerson(id: String, name: String, category: String, into file: TableFile) {
        file.field(id); file.field(name); file.field(category)
        file.field(FastText.date(asOf.adding(days: -rng.int(30...1500))))
    }

    /// What a hit's row means for the answer key: a number of findings, or the homes written,
    /// which only count once the household's other members' homes are known.
    enum Planted {
        case findings(Int)
        case properties([(type: PropertyType, area: Int)])
    }

    /// A roll member in this dataset, with details that make the hit look like a real finding,
    /// judged against the limits of the person's county (`ExpectedFindings`).
    mutating func hit(_ person: HitPerson, limits: WealthLimits, into file: TableFile) throws -> Planted {
        switch kind {
        case .deaths:
            // Died in the last 18 months while (for recipients) still on the payment roll.
            let died = asOf.adding(days: -rng.int(20...540))
            death(id: person.id, name: person.name, date: died, into: file)
            return .findings(ExpectedFindings.deceased(person.rows, died: died))
        case .vehicles:
            let type = vehicle(owner: person.id, county: person.countyIndex, cheap: 0.4, into: file)
            return .findings(ExpectedFindings.wealth(person.rows) { _ in limits.vehicle(type) != nil })
        case .realEstate:
            // A third of them hold a second home besides.
            var homes = [property(owner: person.id, county: person.countyIndex, home: person.place, into: file)]
            if rng.chance(0.33) {
                try file.endRow()
                homes.append(property(owner: person.id, county: person.countyIndex, home: nil, residential: true, into: file))
            }
            return .properties(homes)
        case .businesses:
            let (type, status) = business(person: person.id, county: person.countyIndex, small: 0.8, into: file)
            return .findings(ExpectedFindings.wealth(person.rows) { _ in limits.business(type, status: status) != nil })
        case .payroll:
            payroll(id: person.id, name: person.name, county: person.countyIndex, hit: true, into: file)
            return .findings(ExpectedFindings.wealth(person.rows) { _ in true })
        case .programRolls:
            let (listed, sameCounty) = programRollHit(person, into: file)
            return .findings(ExpectedFindings.otherCounty(person.rows, listed: listed, sameCounty: sameCounty))
        case .staffRelatives, .povertyMonitoring:
            preconditionFailure("filed relatives and the monitoring list are written from their own lists")
        case .socialInsurance:
            // Recipients found in 社保 data are mostly former employees (the signal worth planting).
            let row = insurance(id: person.id, name: person.name, age: person.birth.age(on: asOf), employeeShare: 0.7, into: file)
            return .findings(ExpectedFindings.wealth(person.rows) { roll in
                limits.socialInsurance(row.type, base: row.baseFen.map(Money.init(fen:)), pension: row.pensionFen.map(Money.init(fen:)),
                                       members: roll.members, urban: roll.urban) != nil
            })
        case .providentFund:
            let deposit = providentFund(id: person.id, name: person.name, into: file)
            return .findings(ExpectedFindings.wealth(person.rows) { _ in limits.providentFund(deposit: Money(fen: deposit)) != nil })
        }
    }

    func birthDate(age: Int) -> CivilDate {
        asOf.adding(months: -12 * age)
    }

    mutating func adultID(county: Int, ages: ClosedRange<Int>, mode: Int, male: Double) -> String {
        let age = rng.triangular(ages, mode: mode)
        return ids.allocate(countyIndex: county, birth: birthDate(age: age).adding(days: -rng.below(365)), male: rng.chance(male)).id
    }

    private static let deathSources = WeightedTable<String>([("公安户籍注销", 40), ("殡葬火化", 30), ("卫健死亡医学证明", 20), ("医保停保", 10)])

    private mutating func death(id: String, name: String, date: CivilDate, into file: TableFile) {
        file.field(id); file.field(name); file.field(FastText.date(date))
        let cremation = date.adding(days: rng.int(1...4))
        if rng.chance(0.88) && cremation <= asOf { file.field(FastText.date(cremation)) } else { file.empty() }
        file.field(Self.deathSources.draw(&rng))
    }
}
