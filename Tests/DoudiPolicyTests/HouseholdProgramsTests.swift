import DoudiDomain
import Foundation
import Testing

/// Every program for one household (桓台, urban standard 924, 2024-05-01), what each member
/// qualifies for, and which programs exclude which.
@Suite("Household programs and conflicts")
struct HouseholdProgramsTests {
    let date = CivilDate(year: 2024, month: 5, day: 1)!
    var parameters: ProgramParameters { get throws { try ProgramParameters(book: PolicyCaseTests.book, region: RegionCode(prefix: "370321")!, on: date) } }

    @Test("a lone elder with no income meets both 低保 and 特困, and is moved to 特困 (该吃五保吃低保)")
    func loneElder() throws {
        let programs = HouseholdPrograms(HouseholdSituation(region: "370321001001", area: .urban, members: [member(born: 1950)]), on: date,
                                         parameters: try parameters)
        #expect(programs.dibao.status == .eligible && programs.members[0].tekun.status == .eligible)
        #expect(programs.qualifying(member: 0) == [.tekun])
        #expect(ProgramConflicts.among([.tekun, .dibao]).map(\.ends) == [.dibao])
        #expect(ProgramConflicts.among([.tekun, .dibao], choseDibaoOverTekun: true).isEmpty)
    }

    @Test("a disabled adult whose working spouse supports them: 低保 and both subsidies, not 特困")
    func supportedByTheHousehold() throws {
        let household = HouseholdSituation(region: "370321001001", area: .urban, members: [member(born: 1984, grade: 1), member(born: 1986, wages: 1_000)])
        let programs = HouseholdPrograms(household, on: date, parameters: try parameters)
        #expect(programs.dibao.status == .eligible && programs.dibao.amount.money == Money(fen: 84_800))
        #expect(programs.members[0].tekun.failures.contains("supporter:1"))
        #expect(programs.qualifying(member: 0) == [.dibao, .disabilityLivingSubsidy, .severeDisabilityCareSubsidy])
        #expect(programs.monthlyCash == Money(fen: 84_800 + 11_000 + 11_000))
        #expect(programs.qualifying(member: 1) == [.dibao])
    }

    @Test("the spouse's income rises above the 低保 line: the household leaves 低保, the disabled member keeps the care subsidy only")
    func losingDibao() throws {
        let household = HouseholdSituation(region: "370321001001", area: .urban, members: [member(born: 1984, grade: 1), member(born: 1986, wages: 3_000)])
        let programs = HouseholdPrograms(household, on: date, parameters: try parameters)
        #expect(programs.dibao.status == .ineligible || programs.dibao.status == .edge)
        #expect(programs.qualifying(member: 0).contains(.severeDisabilityCareSubsidy))
        #expect(!programs.qualifying(member: 0).contains(.dibao) && !programs.qualifying(member: 0).contains(.disabilityLivingSubsidy))
    }

    @Test("meeting 特困 excludes no subsidy; being on 特困 excludes both")
    func subsidiesFollowTheRecordedTekun() throws {
        let alone = HouseholdSituation(region: "370321001001", area: .urban, members: [member(born: 1984, grade: 1)])
        let meets = HouseholdPrograms(alone, on: date, parameters: try parameters)
        #expect(meets.members[0].tekun.status == .eligible)
        #expect(meets.qualifying(member: 0) == [.tekun, .disabilityLivingSubsidy, .severeDisabilityCareSubsidy])
        let on = HouseholdPrograms(alone, on: date, parameters: try parameters, onTekun: [true])
        #expect(on.qualifying(member: 0) == [.tekun] && on.dibaoMembers.isEmpty)
    }

    @Test("特困 excludes orphan support by choice and both subsidies by rule; a child is one kind of orphan only")
    func conflicts() {
        let all = ProgramConflicts.among([.tekun, .orphan, .disabilityLivingSubsidy, .severeDisabilityCareSubsidy])
        #expect(all.map(\.resolution) == ["choose", "end_subsidy", "end_subsidy"])
        #expect(ProgramConflicts.among([.orphan, .factuallyUnsupportedChild]).first?.ends == .factuallyUnsupportedChild)
        #expect(ProgramConflicts.among([.dibao, .disabilityLivingSubsidy, .temporaryAssistance]).isEmpty)
    }
}
