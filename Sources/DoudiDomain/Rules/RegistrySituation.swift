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
        let current = judged(members, on: date)
        let missing = current.filter { $0.person.birthDate == nil }.map(\.person.name)
        guard missing.isEmpty else { return .failure(MissingBirthDates(names: missing)) }
        let head = current.first { $0.membership.relationship == .head }?.person.id ?? current.first?.person.id
        let month = MonthPeriod(containing: date)

        // The latest begun record per member and item.
        struct Key: Hashable { let person: UUID?, item: String }
        var latest: [Key: IncomeRecord] = [:]
        for record in incomes where record.fromMonth <= month {
            let key = Key(person: record.personID ?? head, item: record.item)
            if let seen = latest[key], seen.toMonth >= record.toMonth { continue }
            latest[key] = record
        }
        var incomeByPerson: [UUID: [IncomeItem]] = [:]
        for record in latest.values.sorted(by: { ($0.item, $0.id.uuidString) < ($1.item, $1.id.uuidString) }) {
            guard let owner = record.personID ?? head else { continue }
            let monthly = record.amount.scaled(numerator: 1, denominator: Int64(max(1, record.monthCount)), rounding: .fenHalfUp)
            incomeByPerson[owner, default: []].append(IncomeItem(kind: IncomeKind.from(category: record.category, item: record.item),
                                                                 monthly: monthly))
        }

        let situationMembers = current.map { member -> MemberSituation in
            let person = member.person
            var situation = MemberSituation(birthDate: person.birthDate!, basis: member.membership.basis,
                                            incomes: incomeByPerson[person.id] ?? [])
            situation.name = person.name
            situation.disabilityGrade = person.disability?.grade.number
            situation.disabilityCategory = person.disability?.category
            situation.seriousIllness = person.hasSeriousIllness
            situation.student = person.employment == .student
            return situation
        }
        return .success(HouseholdSituation(
            id: household.householdNo, region: household.region.value, area: household.areaKind,
            members: situationMembers, assets: assetSituation(assets),
            current: enrollment.map { CurrentDibao(monthlyAmount: $0.monthlyAmount) }, reviewClass: enrollment?.reviewClass))
    }

    /// The members the rules judge, in the situation's order: current and alive on the day.
    public static func judged(_ members: [(membership: Membership, person: Person)], on date: CivilDate) -> [(membership: Membership, person: Person)] {
        members.filter { $0.membership.isCurrent && $0.person.deathDate.map { $0 > date } ?? true }
    }

    static func assetSituation(_ records: [AssetRecord]) -> AssetSituation {
        let financialKinds: Set<AssetKind> = [.deposit, .securities, .commercialInsurance]
        let financial = records.filter { financialKinds.contains($0.kind) }.reduce(Money.zero) { $0 + ($1.value ?? .zero) }
        return AssetSituation(
            financial: financial,
            homes: records.filter { $0.kind == .realEstate }.count,
            vehicles: records.filter { $0.kind == .vehicle }.map { vehicleKind($0.description ?? "") },
            businesses: records.filter { $0.kind == .business }.map { businessKind($0.description ?? "") })
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
