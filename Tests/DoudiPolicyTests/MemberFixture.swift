import DoudiDomain

/// A member born on 1 January of `year`, with a monthly wage (yuan) and a physical
/// disability grade if given: the programs, batch and audit tests' households.
func member(born year: Int, wages: Int64 = 0, grade: Int? = nil) -> MemberSituation {
    var member = MemberSituation(birthDate: CivilDate(year: year, month: 1, day: 1)!,
                                 incomes: wages > 0 ? [IncomeItem(kind: .wages, monthly: Money(fen: wages * 100))] : [])
    if let grade { (member.disabilityGrade, member.disabilityCategory) = (grade, .physical) }
    return member
}
