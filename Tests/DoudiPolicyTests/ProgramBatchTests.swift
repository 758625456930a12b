import DoudiDomain
import Foundation
import Testing

/// The all-programs batch: each household judged, and where the rules and the registry disagree.
@Suite("Program batch")
struct ProgramBatchTests {
    let date = CivilDate(year: 2024, month: 5, day: 1)!
    let township = RegionCode(prefix: "370321001")!

    func household(_ no: String, _ members: [MemberSituation], recorded: Set<Program> = [], onTekun: [Bool]? = nil,
                   choseDibao: [Bool]? = nil, region: String = "370321001001") -> RegisteredHousehold {
        RegisteredHousehold(key: no, householdNo: no, township: township, situation: HouseholdSituation(region: region, area: .urban, members: members),
                            recorded: recorded, onTekun: onTekun, choseDibao: choseDibao)
    }

    @Test("signals: 该吃五保吃低保 (unless the person chose 低保 in writing), on 低保 above the line, covered but unrecorded, on 特困 but able to work; a region without policy stops nothing")
    func flags() {
        let outcomes = ProgramBatch.run([
            household("A", [member(born: 1950)], recorded: [.dibao]),
            household("B", [member(born: 1980, wages: 3_000)], recorded: [.dibao]),
            household("C", [member(born: 1980, wages: 500), member(born: 2012)]),
            household("D", [member(born: 1990, wages: 500)], recorded: [.tekun], onTekun: [true]),
            household("E", [member(born: 1980)], region: "not-a-region"),
            household("F", [member(born: 1980, wages: 5_000)]),
            household("G", [member(born: 1950)], recorded: [.dibao], choseDibao: [true]),
            // A 16-year-old alone, kept on 特困 since childhood: not a signal.
            household("H", [member(born: 2008)], recorded: [.tekun], onTekun: [true]),
            // An elder on 特困 living with a working daughter on 低保: the daughter can support.
            household("I", [member(born: 1940), member(born: 1980, wages: 500)], recorded: [.tekun, .dibao], onTekun: [true, false]),
        ], book: PolicyCaseTests.book, on: date)
        #expect(outcomes.map(\.flags) == [["tekun_on_dibao"], ["dibao_not_covered"], ["dibao_unrecorded"], ["tekun_not_met"], [], [], [], [],
                                          ["tekun_not_met"]])
        #expect(outcomes[7].programs?.qualifying(member: 0) == [.tekun] && outcomes[7].programs?.dibaoMembers == [])
        // The household's 低保 judges the daughter alone (特困 ends 低保 for the elder): 924 − 500.
        #expect(outcomes[8].programs?.dibao.amount.money == Money(fen: 42_400) && outcomes[8].programs?.dibaoMembers == [1])
        #expect(outcomes[8].programs?.qualifying(member: 0) == [] && outcomes[8].programs?.qualifying(member: 1) == [.dibao])
        #expect(outcomes[4].failure == "no_policy" && outcomes[4].programs == nil)
        #expect(outcomes[5].failure == nil && outcomes[5].programs?.dibao.status == .ineligible)
    }
}
