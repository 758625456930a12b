/// Every program's rules for one household on one date: 低保 for the household; 特困 for
/// each member; 残疾人两项补贴 for each member with a disability, knowing the household's
/// 低保 and whether the member is on 特困 (meeting 特困 without receiving it excludes nothing). What a member qualifies for is also the answer to what
/// a person losing one program should move to: the rules judged again on the new facts.
/// The batch over a region and the benchmark build on it.
///
/// Source: policy reference §1.1–§1.13 through each program's own rules, and §5 item 6
/// (which programs exclude which: `ProgramConflicts`). Facts the registry does not hold are taken as the rules' defaults:
/// the household's other adults (18 or over) are taken as a member's legal supporters
/// (spouses, parents and grown children live together; the registry records nothing finer
/// than the relation to the head), property is judged by the 低保 asset test, and no ADL
/// assessment is known.
public struct HouseholdPrograms: Sendable {
    public struct Member: Sendable {
        public let tekun: TekunEligibility
        /// For members with a disability.
        public let subsidies: DisabilitySubsidies?
    }

    public let dibao: DibaoDecision
    /// The members the 低保 decision judged, by their index in the household (members on
    /// 特困 are not among them: 特困 ends 低保 for the same person).
    public let dibaoMembers: [Int]
    public let members: [Member]

    /// `onTekun`: per member, on a recorded 特困 enrollment (then judged as kept on 特困
    /// while a minor or in school, and left out of the household's 低保).
    public init(_ household: borrowing HouseholdSituation, on date: CivilDate, parameters p: borrowing ProgramParameters, onTekun: [Bool] = []) {
        let dibao = Dibao(household, on: date, parameters: p, onTekun: onTekun)
        (self.dibao, dibaoMembers) = (dibao.decision, dibao.members)
        members = household.members.indices.map { Self.member($0, of: household, dibao: dibao.decision, on: date, parameters: p, onTekun: onTekun) }
    }

    /// The household's 低保 decision and the members it judged (those not on 特困).
    struct Dibao {
        let decision: DibaoDecision
        let members: [Int]

        init(_ household: borrowing HouseholdSituation, on date: CivilDate, parameters p: borrowing ProgramParameters, onTekun: [Bool]) {
            let judged = household.excluding(onTekun)
            members = judged.kept
            decision = DibaoEvaluator.evaluate(judged.situation, on: date, parameters: p.dibao)
        }
    }

    /// Member `index`'s 特困 and 两项补贴, knowing the household's 低保 `dibao`: what `init`
    /// judges for every member, and `HouseholdAudit.Decisions` for the members its rules read.
    static func member(_ index: Int, of household: borrowing HouseholdSituation, dibao: DibaoDecision, on date: CivilDate,
                       parameters p: borrowing ProgramParameters, onTekun: [Bool]) -> Member {
        let onTekun = onTekun.indices.contains(index) && onTekun[index]
        let propertyWithinRule = !dibao.reasons.contains { $0.hasPrefix("assets.") }
        let inDibao = dibao.status.isPaid
        let member = household.members[index]
        var disabilities: [Disability] = []
        if let category = member.disabilityCategory, let number = member.disabilityGrade,
           let grade = DisabilityGrade(rawValue: String(number)) {
            disabilities.append(Disability(category: category, grade: grade, certificateNo: nil, validUntil: nil))
        }
        let supporters = household.members.enumerated()
            .filter { $0.offset != index && $0.element.birthDate.age(on: date) >= 18 }
            .map { Self.supporter($0.element, area: household.area, onDibao: inDibao) }
        let applicant = TekunApplicant(birthDate: member.birthDate, area: household.area, disabilities: disabilities,
                                       incomes: member.incomes ?? [], propertyWithinRule: propertyWithinRule, supporters: supporters)
            .kept(sinceMinor: onTekun, inSchool: member.student == true)
        let tekun = TekunEligibility(applicant, on: date, parameters: p.tekun)
        let subsidies = disabilities.first.map {
            DisabilitySubsidies(.init(disability: $0, inDibaoFamily: inDibao, inLowIncomeFamily: dibao.status == .edge,
                                      onTekun: onTekun), on: date, parameters: p.subsidies)
        }
        return Member(tekun: tekun, subsidies: subsidies)
    }

    /// The monthly cash the rules grant: 低保 as a household and each member's two
    /// subsidies. 特困 amounts need the self-care level, which the batch does not know.
    public var monthlyCash: Money {
        members.reduce(dibao.amount.money) { total, member in
            total + (member.subsidies.map { $0.living.amount + $0.care.amount } ?? .zero)
        }
    }

    static func supporter(_ member: MemberSituation, area: AreaKind, onDibao: Bool) -> TekunSupporter {
        var supporter = TekunSupporter(birthDate: member.birthDate)
        supporter.onDibao = onDibao
        supporter.area = area
        supporter.annualIncome = Yuan((member.incomes ?? []).reduce(Money.zero) { $0 + $1.monthly.money } * 12)
        supporter.disabilityCategory = member.disabilityCategory
        supporter.disabilityGrade = member.disabilityGrade.flatMap { DisabilityGrade(rawValue: String($0)) }
        return supporter
    }

    /// The programs the rules grant member `index`, 特困 before 低保 (a person meeting both
    /// is moved to 特困: `ProgramConflicts`).
    public func qualifying(member index: Int) -> [Program] {
        let member = members[index]
        var programs: [Program] = []
        if member.tekun.status == .eligible { programs.append(.tekun) }
        let judged = dibaoMembers.contains(index)
        let covered = judged && (dibao.status == .eligible || dibao.status == .phasedExit
            || (dibao.status == .singlePerson && dibao.singlePersons.contains { dibaoMembers[$0.member] == index }))
        if covered, member.tekun.status != .eligible { programs.append(.dibao) }
        if case .granted = member.subsidies?.living { programs.append(.disabilityLivingSubsidy) }
        if case .granted = member.subsidies?.care { programs.append(.severeDisabilityCareSubsidy) }
        return programs
    }
}
