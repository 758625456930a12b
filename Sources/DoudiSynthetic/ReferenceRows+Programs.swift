import DoudiDomain

/// Other programs' rolls (program_rolls.csv) and the staff's filed close relatives
/// (staff_relatives.csv).
extension ReferenceRows {
    /// 救助项目 as the rolls write it: Doudi's programs, then 优抚 (nil: a program Doudi does not run).
    private static let programs = WeightedTable<ProgramKind?>([
        (.dibao, 50), (.tekun, 8), (.livingSubsidy, 12), (.careSubsidy, 10), (.orphan, 2), (.unsupportedChild, 3), (nil, 15),
    ])

    private static func label(_ program: ProgramKind?) -> String { program?.label ?? "优抚" }

    private static func monthlyFen(_ program: ProgramKind?) -> Int64 {
        switch program {
        case .dibao: 80_100
        case .tekun: 104_200
        case .livingSubsidy: BenefitStandards.livingSubsidy
        case .careSubsidy: BenefitStandards.careSubsidy(grade: 2)
        case .orphan, .unsupportedChild: BenefitStandards.orphanAllowance
        case nil: 180_000
        }
    }

    /// A village-level roll code in `county`: its own township and village numbers.
    private mutating func villageCode(county: Int) -> String {
        String(ShandongCatalog.counties[county].code) + FastText.padded(rng.int(1...20), width: 3) + FastText.padded(rng.int(200...230), width: 3)
    }

    private mutating func programRow(id: String, name: String, program: ProgramKind?, county: Int, into file: TableFile) {
        file.field(id); file.field(name); file.field(Self.label(program)); file.field(villageCode(county: county))
        file.field(FastText.yuan(fen: Self.monthlyFen(program))); file.field(FastText.date(asOf.adding(days: -rng.int(30...3000))))
    }

    mutating func programRollOutsider(county: Int, into file: TableFile) {
        let program = Self.programs.draw(&rng)
        let male = rng.chance(0.5)
        let age = program == .orphan || program == .unsupportedChild ? rng.int(1...17) : rng.triangular(18...95, mode: 68)
        let (id, birth) = ids.allocate(countyIndex: county, birth: birthDate(age: age).adding(days: -rng.below(365)), male: male)
        programRow(id: id, name: PersonNames.full(surname: PersonNames.surname(&rng), male: male, birthYear: birth.year, &rng),
                   program: program, county: county, into: file)
    }

    /// A roll member on another roll. Most recipients listed are on the same program in another
    /// county (a finding); some are on their own county's export or on 优抚, which are not.
    mutating func programRollHit(_ person: HitPerson, into file: TableFile) -> (listed: ProgramKind?, sameCounty: Bool) {
        let own = person.rows.first { $0.inForce && $0.program.isMeansTested }?.program
        let u = rng.unit()
        let listed: ProgramKind? = u < 0.8 ? (own ?? Self.programs.draw(&rng)) : nil
        let sameCounty = u >= 0.65 && u < 0.8
        let counties = ShandongCatalog.counties.count
        let county = sameCounty ? person.countyIndex : (person.countyIndex + 1 + rng.below(counties - 1)) % counties
        programRow(id: person.id, name: person.name, program: listed, county: county, into: file)
        return (listed, sameCounty)
    }

    private static let relations = WeightedTable<String>([
        ("配偶", 30), ("父母", 25), ("子女", 20), ("兄弟姐妹", 15), ("配偶的父母", 6), ("子女的配偶", 4),
    ])

    /// A staff member's filed relative who is not on the roll.
    mutating func staffRelativeOutsider(_ staff: SynthStaff, county: Int, into file: TableFile) {
        let relation = Self.relations.draw(&rng)
        let male = rng.chance(0.5)
        let age = relation == "父母" || relation == "配偶的父母" ? rng.int(55...88) : relation == "子女" ? rng.int(1...35) : rng.int(25...60)
        let (id, birth) = ids.allocate(countyIndex: county, birth: birthDate(age: age).adding(days: -rng.below(365)), male: male)
        staffRelative(staff, id: id, name: PersonNames.full(surname: PersonNames.surname(&rng), male: male, birthYear: birth.year, &rng),
                      relation: relation, into: file)
    }

    mutating func staffRelative(_ staff: SynthStaff, id: String, name: String, relation: String, into file: TableFile) {
        file.field(staff.id); file.field(staff.name); file.field(staff.post)
        file.field(id); file.field(name); file.field(relation); file.field(FastText.date(asOf.adding(days: -rng.int(30...1500))))
    }
}
