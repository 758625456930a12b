import Foundation

/// The 低保 rules' view of a registered household on a date, built from what the registry
/// holds: its current members, their latest income records, its property and its 低保
/// enrollment, if it has one. The household page uses it to recompute the amount in payment
/// and to show the working; the standard simulation judges every household with it.
///
/// Choices, each because the registry holds nothing finer:
/// - income: per member and item, the latest record whose period has begun by the month,
///   as a monthly average (amount ÷ months of its period; 57号 art 13 counts income over
///   a recent period); household-level records go to the household head;
/// - item names map to the kinds the exclusions and deductions name (`IncomeKind.from`);
/// - homes are real-estate records; vehicles and businesses are named by their
///   description (`vehicleKind`, `businessKind`), unknown vehicles counting as cars;
/// - 三无, bedridden and single-parent flags are not recorded yet, so their add-ons are not
///   claimed; the month 渐退 began is not recorded either.
public enum RegistrySituation {
    /// Members that cannot be assessed: their names, for the message.
    public struct MissingBirthDates: Error, Hashable, Sendable {
        public let names: [String]
    }

    public static func make(household: Household, members: [(membership: Membership, person: Person)],
                            incomes: [IncomeRecord], assets: [AssetRecord], enrollment: Enrollment?,
                            on date: CivilDate) -> Result<HouseholdSituation, MissingBirthDates> {
        make(household: household, members: members, incomes: incomes, assets: assets,
             dibao: enrollment.map { (CurrentDibao(monthlyAmount: $0.monthlyAmount), $0.reviewClass) }, on: date)
    }

    /// `dibao`: what the situation takes of the 低保 enrollment, the amount in payment and the
    /// review class (`RegisteredHousehold.assemble` reads them in place: a copy of the
    /// enrollment per household retained and released each of its fields).
    static func make(household: Household, members: [(membership: Membership, person: Person)],
                     incomes: [IncomeRecord], assets: [AssetRecord], dibao: (current: CurrentDibao, reviewClass: ReviewClass?)?,
                     on date: CivilDate) -> Result<HouseholdSituation, MissingBirthDates> {
        let current = judged(members, on: date)
        guard current.allSatisfy({ $0.person.birthDate != nil }) else {
            return .failure(MissingBirthDates(names: current.filter { $0.person.birthDate == nil }.map(\.person.name)))
        }
        let head = (current.firstIndex { $0.membership.relationship == .head }).map { current[$0].person.id } ?? current.first?.person.id
        let month = MonthPeriod(containing: date)

        // The latest begun record per member and item. A scan, not a dictionary keyed by
        // the item's text: a household holds a few records, and hashing the text (normalised
        // for comparison) cost more than comparing it.
        var latest: [IncomeRecord] = []
        for record in incomes where record.fromMonth <= month {
            let owner = record.personID ?? head
            if let index = latest.firstIndex(where: { ($0.personID ?? head) == owner && $0.item == record.item }) {
                if latest[index].toMonth < record.toMonth { latest[index] = record }
            } else {
                latest.append(record)
            }
        }
        // Each member's items, by the member's place: a dictionary per household cost more.
        var incomeByMember = [[IncomeItem]](repeating: [], count: current.count)
        for record in latest.sortedIfNeeded(by: { $0.item != $1.item ? $0.item < $1.item : $0.id.precedes($1.id) }) {
            guard let owner = record.personID ?? head else { continue }
            let monthly = record.amount.scaled(numerator: 1, denominator: Int64(max(1, record.monthCount)), rounding: .fenHalfUp)
            let item = IncomeItem(kind: IncomeKind.from(category: record.category, item: record.item), monthly: monthly)
            for member in current.indices where current[member].person.id == owner { incomeByMember[member].append(item) }
        }

        var situationMembers: [MemberSituation] = []
        situationMembers.reserveCapacity(current.count)
        for index in current.indices {
            var situation = MemberSituation(birthDate: current[index].person.birthDate!, basis: current[index].membership.basis,
                                            incomes: incomeByMember[index])
            situation.name = current[index].person.name
            situation.disabilityGrade = current[index].person.disability?.grade.number
            situation.disabilityCategory = current[index].person.disability?.category
            situation.seriousIllness = current[index].person.hasSeriousIllness
            situation.student = current[index].person.employment == .student
            situationMembers.append(situation)
        }
        return .success(HouseholdSituation(
            id: household.householdNo, region: household.region.value, area: household.areaKind,
            members: situationMembers, assets: assetSituation(assets),
            current: dibao?.current, reviewClass: dibao?.reviewClass))
    }

    /// The members the rules judge, in the situation's order: current and alive on the day.
    /// The members themselves when all are (nearly always): filtering copies every member.
    public static func judged(_ members: [(membership: Membership, person: Person)], on date: CivilDate) -> [(membership: Membership, person: Person)] {
        func isJudged(_ member: (membership: Membership, person: Person)) -> Bool {
            member.membership.isCurrent && member.person.deathDate.map { $0 > date } ?? true
        }
        return members.allSatisfy(isJudged) ? members : members.filter(isJudged)
    }

    /// One pass over the records, none copied.
    static func assetSituation(_ records: [AssetRecord]) -> AssetSituation {
        var financial = Money.zero, homes = 0, vehicles: [String] = [], businesses: [String] = []
        for record in records {
            switch record.kind {
            case .deposit, .securities, .commercialInsurance: financial = financial + (record.value ?? .zero)
            case .realEstate: homes += 1
            case .vehicle: vehicles.append(vehicleKind(record.description ?? ""))
            case .business: businesses.append(businessKind(record.description ?? ""))
            case .other: break
            }
        }
        return AssetSituation(financial: financial, homes: homes, vehicles: vehicles, businesses: businesses)
    }

    /// The exemption lists' vehicle names (policy reference §1.3: disability vehicles,
    /// motorcycles and e-bikes are commonly exempt).
    public static func vehicleKind(_ description: String) -> String {
        if description.includes("残疾") { return "disability_vehicle" }
        if description.includes("摩托") { return "motorcycle" }
        if description.includes("电动自行车") { return "electric_bike" }
        if description.includes("三轮") { return "tricycle" }
        if description.includes("农机") || description.includes("拖拉机") { return "farm_machinery" }
        return "car"
    }

    /// The exemption lists' business names (§1.3: tiny family shops may be exempt).
    public static func businessKind(_ description: String) -> String {
        if description.includes("夫妻") || description.includes("小店") { return "family_shop" }
        if description.includes("个体") { return "individual_business" }
        return "company"
    }
}
