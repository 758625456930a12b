import DoudiDomain

/// Deterministic synthetic households for `doudi bench rules` (the demo data's seeded
/// generator): one to five members of all
/// ages, wages, pensions and other incomes around the standard, some disability, illness,
/// property and vehicles, so every branch of the rules is taken. The same seed always
/// gives the same households.
public enum SyntheticHouseholds {
    public static func make(count: Int, region: String, seed: UInt64 = 0x5EED_D1BA0) -> [HouseholdSituation] {
        var random = SplitMix64(seed: seed)
        var households: [HouseholdSituation] = []
        households.reserveCapacity(count)
        for index in 0..<count {
            let size = 1 + Int(random.next() % 5)
            var members: [MemberSituation] = []
            for _ in 0..<size {
                let year = 1935 + Int(random.next() % 85)
                var member = MemberSituation(birthDate: CivilDate(year: year, month: 1 + Int(random.next() % 12), day: 1)!)
                switch random.next() % 10 {
                case 0...3: member.incomes = [IncomeItem(kind: .wages, monthly: Money(fen: Int64(random.next() % 250_000)))]
                case 4: member.incomes = [IncomeItem(kind: .basicPension, monthly: Money(fen: Int64(random.next() % 30_000)))]
                case 5: member.incomes = [IncomeItem(kind: .pension, monthly: Money(fen: Int64(random.next() % 150_000)))]
                default: break
                }
                if random.next() % 20 == 0 { member.disabilityGrade = 1 + Int(random.next() % 4); member.disabilityCategory = .physical }
                if random.next() % 25 == 0 { member.seriousIllness = true }
                if random.next() % 50 == 0 { member.basis = .prisoner }
                members.append(member)
            }
            let assets: AssetSituation? = random.next() % 4 == 0
                ? AssetSituation(financial: Money(fen: Int64(random.next() % 5_000_000)), homes: Int(random.next() % 3),
                                 vehicles: random.next() % 10 == 0 ? ["car"] : nil)
                : nil
            households.append(HouseholdSituation(id: nil, region: region, area: index % 3 == 0 ? .rural : .urban,
                                                 members: members, assets: assets))
        }
        return households
    }

}
