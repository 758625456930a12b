/// The review class and the next review date of a covered household.
///
/// Source: 57号 (policy reference §1.9): households whose situation changes little are
/// reviewed yearly, households with irregular income and members able to work every six
/// months; local ABC schemes (咸阳, 葫芦岛) review class C quarterly in cities and half-yearly
/// in rural areas. Class A: nobody of working capacity (elderly, minors, severely disabled or
/// seriously ill members only); class C: irregular earnings (灵活就业, business), whose
/// earner shows the capacity to work whatever their age; B otherwise, a steady wage included. For 单人保 only the covered members are judged: they are
/// their own household (单人户) for the purpose.
public enum ReviewSchedule {
    public static func reviewClass(_ members: [MemberSituation], counted: [Bool], on date: CivilDate,
                                   parameters p: DibaoParameters) -> ReviewClass {
        var anyoneAbleToWork = false
        for (index, member) in members.enumerated() where counted[index] {
            let incomes = member.incomes ?? []
            if incomes.contains(where: \.isIrregularEarning) { return .c }
            let age = member.birthDate.age(on: date)
            if age >= 16, age < 60, !member.isSeverelyDisabled, member.seriousIllness != true { anyoneAbleToWork = true }
            if incomes.contains(where: { $0.kind == .wages || $0.kind == .business }) { anyoneAbleToWork = true }
        }
        return anyoneAbleToWork ? .b : .a
    }

    public static func nextReview(after date: CivilDate, class reviewClass: ReviewClass, area: AreaKind, parameters p: DibaoParameters) -> CivilDate {
        let months = switch reviewClass {
        case .a: p.reviewMonths.a
        case .b: p.reviewMonths.b
        case .c: area == .urban ? p.reviewMonths.cUrban : p.reviewMonths.cRural
        }
        return date.adding(months: months)
    }
}
