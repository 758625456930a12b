import DoudiDomain

/// Member templates per archetype, with ages that respect generations (a mother is 20–45 years
/// older than her children) and the 57号 art 7 basis each member is counted on.
extension HouseholdBuilder {
    static let basisSelf = "本人"
    static let basisSpouse = "配偶"
    static let basisMinor = "未成年子女"
    static let basisStudent = "在校就读子女"
    static let basisDependentAdult = "无独立生活能力的成年子女"
    static let basisObligor = "共同生活的法定赡养扶养抚养义务人"

    mutating func compose(_ household: inout SynthHousehold) {
        let rural = !household.isUrban
        switch household.archetype {
        case .tekunSingle:
            if rng.chance(0.8) {
                let age = rng.triangular(60...96, mode: 76)
                household.members = [person(age: age, male: rng.chance(0.6), surname: nil, relation: "户主", basis: Self.basisSelf)]
            } else {
                var single = person(age: rng.triangular(18...59, mode: 45), male: rng.chance(0.6), surname: nil, relation: "户主", basis: Self.basisSelf)
                single.disability = PersonTraits.disability(
                    age: single.age, birth: single.birth, asOf: asOf,
                    forcedCategory: rng.pick([4, 5, 5, 6, 6, 7]), severe: true, &rng
                )
                household.members = [single]
            }
        case .elderAlone:
            var elder = person(age: rng.triangular(60...96, mode: 76), male: rng.chance(0.38), surname: nil, relation: "户主", basis: Self.basisSelf)
            if rural && rng.chance(0.45) { elder.statuses.append("留守老人") }
            household.members = [elder]
        case .elderCouple:
            household.members = couple(husbandAge: rng.triangular(60...92, mode: 70), gap: 0...5, minimumWifeAge: 57)
            if rural && rng.chance(0.4) { for i in household.members.indices { household.members[i].statuses.append("留守老人") } }
        case .singleAdult:
            household.members = [person(age: rng.triangular(20...59, mode: 42), male: rng.chance(0.65), surname: nil, relation: "户主", basis: Self.basisSelf)]
        case .middleAgedCouple:
            household.members = couple(husbandAge: rng.triangular(40...64, mode: 53), gap: 0...4, minimumWifeAge: 36)
        case .nuclear:
            household.members = couple(husbandAge: rng.triangular(25...55, mode: 38), gap: 0...4, minimumWifeAge: 22)
            addChildren(&household.members, count: rng.chance(0.55) ? 1 : rng.chance(0.94) ? 2 : 3, maxAge: 25)
            if rural && rng.chance(0.10) {
                household.members[0].worksAway = true
                household.members[1].statuses.append("留守妇女")
            }
            maybeImprisoned(&household.members)
        case .threeGeneration:
            composeThreeGenerations(&household, rural: rural)
        case .singleParent:
            let parent = person(age: rng.triangular(28...52, mode: 40), male: rng.chance(0.3), surname: nil, relation: "户主", basis: Self.basisSelf)
            household.members = [parent]
            addChildren(&household.members, count: rng.chance(0.6) ? 1 : 2, maxAge: 22)
        case .eldersWithDisabledChild:
            household.members = rng.chance(0.55)
                ? couple(husbandAge: rng.triangular(60...88, mode: 70), gap: 0...4, minimumWifeAge: 57)
                : [person(age: rng.triangular(60...90, mode: 74), male: rng.chance(0.35), surname: nil, relation: "户主", basis: Self.basisSelf)]
            let parentAge = household.members.last!.age
            var child = person(
                age: max(18, parentAge - rng.int(22...36)), male: rng.chance(0.6),
                surname: household.members[0].male ? household.members[0].surname : nil,
                relation: "子女", basis: Self.basisDependentAdult
            )
            child.disability = PersonTraits.disability(
                age: child.age, birth: child.birth, asOf: asOf,
                forcedCategory: rng.pick([5, 5, 5, 6, 6, 6, 4, 4, 7]), severe: rng.chance(0.7), &rng
            )
            household.members.append(child)
        case .grandparentsWithGrandchildren:
            composeGrandparents(&household)
        case .siblings:
            let first = person(age: rng.triangular(45...82, mode: 64), male: rng.chance(0.8), surname: nil, relation: "户主", basis: Self.basisSelf)
            let second = person(
                age: max(40, first.age - rng.int(-6...8)), male: rng.chance(0.7), surname: first.surname,
                relation: "兄弟姐妹", basis: Self.basisObligor
            )
            household.members = [first, second]
        }
    }

    private mutating func composeThreeGenerations(_ household: inout SynthHousehold, rural: Bool) {
        let middle = couple(husbandAge: rng.triangular(28...55, mode: 40), gap: 0...4, minimumWifeAge: 24)
        var children = middle
        addChildren(&children, count: rng.chance(0.6) ? 1 : 2, maxAge: 20)
        let kids = Array(children.dropFirst(2))
        let elderCount = rng.chance(0.6) ? 1 : 2
        var elders: [SynthPerson] = []
        for index in 0..<elderCount {
            let age = min(98, middle[0].age + rng.int(22...32) - (index == 1 ? rng.int(0...4) : 0))
            let male = elderCount == 2 ? index == 0 : rng.chance(0.35)
            elders.append(person(age: age, male: male, surname: male ? middle[0].surname : nil, relation: "父母", basis: Self.basisObligor))
        }
        let leftBehind = rural && rng.chance(0.25)
        if rng.chance(0.35) {
            // Headed by the grandfather: the son, daughter-in-law and grandchildren hang off him.
            var members = elders
            members[0].relation = "户主"; members[0].basis = Self.basisSelf
            if members.count > 1 { members[1].relation = "配偶"; members[1].basis = Self.basisSpouse }
            var son = middle[0]; son.relation = "子女"; son.basis = Self.basisObligor
            var wife = middle[1]; wife.relation = "儿媳"; wife.basis = Self.basisObligor; wife.marriedIn = true
            members += [son, wife]
            for var kid in kids { kid.relation = "孙子女"; members.append(kid) }
            household.members = members
        } else {
            household.members = middle + kids + elders
        }
        if leftBehind {
            for index in household.members.indices {
                let member = household.members[index]
                if member.relation == "子女" && member.age >= 20 || member.relation == "儿媳" || (member.relation == "户主" || member.relation == "配偶") && member.age < 60 {
                    household.members[index].worksAway = true
                } else if member.age < 16 {
                    household.members[index].statuses.append("留守儿童")
                }
            }
        }
    }

    private mutating func composeGrandparents(_ household: inout SynthHousehold) {
        let u = rng.unit()
        let situation: GrandchildSituation = u < 0.15 ? .orphaned : u < 0.40 ? .unsupported : .leftBehind
        household.grandchildSituation = situation
        household.members = rng.chance(0.6)
            ? couple(husbandAge: rng.triangular(55...80, mode: 66), gap: 0...4, minimumWifeAge: 52)
            : [person(age: rng.triangular(55...82, mode: 67), male: rng.chance(0.35), surname: nil, relation: "户主", basis: Self.basisSelf)]
        let count = rng.chance(0.65) ? 1 : 2
        let grandSurname = household.members[0].male ? household.members[0].surname : nil
        for _ in 0..<count {
            var child = person(age: rng.int(3...17), male: rng.chance(0.53), surname: grandSurname, relation: "孙子女", basis: "其他共同生活成员")
            switch situation {
            case .orphaned: child.statuses.append("孤儿")
            case .unsupported: child.statuses.append("事实无人抚养儿童")
            case .leftBehind: if child.age < 16 { child.statuses.append("留守儿童") }
            }
            household.members.append(child)
        }
    }

    /// A married couple: the husband is the head; the wife is `gap` years younger.
    mutating func couple(husbandAge: Int, gap: ClosedRange<Int>, minimumWifeAge: Int) -> [SynthPerson] {
        let hint = headHint
        headHint = nil
        let age = hint?.age ?? husbandAge
        let husband = person(age: age, male: true, surname: hint?.surname, relation: "户主", basis: Self.basisSelf)
        let wife = person(age: max(min(minimumWifeAge, age), age - rng.int(gap)), male: false, surname: nil, relation: "配偶", basis: Self.basisSpouse)
        return [husband, wife]
    }

    /// Children of the first one or two members (the mother is the youngest adult), 20–45 years younger.
    mutating func addChildren(_ members: inout [SynthPerson], count: Int, maxAge: Int) {
        let parents = members.prefix(2)
        let youngestParent = parents.map(\.age).min() ?? 30
        let father = parents.first { $0.male }
        let oldest = min(maxAge, youngestParent - 20)
        guard oldest >= 0 else { return }
        let youngest = max(0, youngestParent - 45)
        guard youngest <= oldest else { return }
        for _ in 0..<count {
            let age = rng.int(youngest...oldest)
            let surname = father.map { rng.chance(0.96) ? $0.surname : nil } ?? nil
            let basis = age < 18 ? Self.basisMinor : age <= 22 && rng.chance(0.5) ? Self.basisStudent : Self.basisObligor
            members.append(person(age: age, male: rng.chance(0.53), surname: surname ?? parents.last?.surname, relation: "子女", basis: basis))
        }
    }

    /// A rare member serving a sentence: listed but not counted (57号 art 7).
    private mutating func maybeImprisoned(_ members: inout [SynthPerson]) {
        guard !enrolledOnly, members[0].age < 50, rng.chance(0.006) else { return }
        members[0].basis = "服刑人员"
        members[0].counted = false
    }

    /// A new person of exactly `age` on the as-of day, with a unique ID whose parity matches the sex.
    mutating func person(age: Int, male: Bool, surname: String?, relation: String, basis: String) -> SynthPerson {
        let target = asOf.adding(months: -12 * age).adding(days: -rng.below(365))
        let marriedIn = relation == "配偶" || relation == "儿媳"
        let birthplace = birthplaceIndex(marriedIn: marriedIn, age: age)
        let (id, birth) = ids.allocate(countyIndex: birthplace, birth: target, male: male)
        let family = surname ?? PersonNames.surname(&rng)
        var person = SynthPerson(
            id: id, name: PersonNames.full(surname: family, male: male, birthYear: birth.year, &rng), surname: family,
            male: male, birth: birth, age: birth.age(on: asOf), relation: relation, basis: basis
        )
        person.marriedIn = marriedIn
        return person
    }

    /// Most people were born in the county; wives and older people more often elsewhere in Zibo or Shandong.
    private mutating func birthplaceIndex(marriedIn: Bool, age: Int) -> Int {
        let away = marriedIn ? 0.25 : age < 18 ? 0.03 : 0.12
        guard rng.chance(away) else { return countyIndex }
        if !sameCity.isEmpty, rng.chance(0.55) { return rng.pick(sameCity) }
        return rng.below(ShandongCatalog.counties.count)
    }
}
