import DoudiDomain
import Foundation
import Testing

/// The simulation's pure part: the change laid over the book, and 特困's basic living moving
/// with the standard.
@Suite("Standard simulation rules")
struct StandardSimulationRulesTests {
    let region = RegionCode(prefix: "370321")!
    let from = CivilDate(year: 2026, month: 7, day: 1)!

    @Test("the raise applies from its date only, and a standard not given stays as it was")
    func applied() throws {
        let change = try #require(StandardChange(region: region, urban: Money(fen: 100_000), rural: nil, from: from))
        let book = change.applied(to: PolicyCaseTests.book)
        let dayBefore = try DibaoParameters(book: book, region: region, on: CivilDate(year: 2026, month: 6, day: 30)!)
        let first = try DibaoParameters(book: book, region: region, on: from)
        #expect(dayBefore.standardUrban == Money(fen: 92_400) && first.standardUrban == Money(fen: 100_000))
        #expect(first.standardRural == Money(fen: 80_100))
        #expect(StandardChange(region: region, urban: nil, rural: nil, from: from) == nil)
        #expect(StandardChange(region: region, urban: .zero, rural: nil, from: from) == nil)
    }

    @Test("a lone urban elder on 特困 with no income and a 低保 household: 1.3 × the standard moves 1,201.20 → 1,300, the elder is not paid 低保 too; the gap moves by the raise")
    func tekunAndDibao() throws {
        let change = try #require(StandardChange(region: region, urban: Money(fen: 100_000), rural: nil, from: from))
        let tekun = RegisteredHousehold(key: "a", householdNo: "A", township: RegionCode(prefix: "370321001")!,
                                        situation: HouseholdSituation(region: "370321001001", area: .urban, members: [
                                            MemberSituation(birthDate: CivilDate(year: 1940, month: 1, day: 1)!)]),
                                        onTekun: [true])
        let dibao = RegisteredHousehold(key: "b", householdNo: "B", township: RegionCode(prefix: "370321001")!,
                                        situation: HouseholdSituation(region: "370321001001", area: .urban, members: [
                                            MemberSituation(birthDate: CivilDate(year: 1980, month: 1, day: 1)!,
                                                            incomes: [IncomeItem(kind: .wages, monthly: Money(fen: 50_000))]),
                                            MemberSituation(birthDate: CivilDate(year: 2010, month: 1, day: 1)!)]))
        let result = try StandardSimulation.run([tekun, dibao], book: PolicyCaseTests.book, change: change)
        #expect(result.total.tekunBefore == Money(fen: 120_120) && result.total.tekunAfter == Money(fen: 130_000))
        // 924 × 2 − 500 = 1,348 → 1,000 × 2 − 500 = 1,500.
        #expect(result.total.dibaoBefore == Money(fen: 134_800) && result.total.dibaoAfter == Money(fen: 150_000))
        #expect(result.rows.map(\.change) == [.tekun, .amount])
        #expect(result.total.difference == Money(fen: 9_880 + 15_200))
    }
}
