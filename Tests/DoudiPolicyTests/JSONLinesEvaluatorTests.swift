import DoudiDomain
import DoudiPolicyFiles
import Foundation
import Testing

/// `doudi evaluate`'s lines: the documented schema round-trips, and a bad line is
/// reported by number while the others are evaluated.
@Suite("JSON Lines evaluation")
struct JSONLinesEvaluatorTests {
    @Test("a household written in the schema decodes back to itself, and its decision to itself")
    func roundTrip() throws {
        var member = MemberSituation(birthDate: CivilDate(iso: "1950-01-01")!, incomes: [IncomeItem(kind: .wages, monthly: Money(fen: 30_050))])
        member.disabilityGrade = 2
        member.disabilityCategory = .physical
        let household = HouseholdSituation(id: "h1", region: "370321", area: .urban, members: [member],
                                           assets: AssetSituation(financial: Money(yuan: 1000), homes: 1, vehicles: ["electric_bike"]),
                                           current: CurrentDibao(monthlyAmount: Money(yuan: 500)), reviewClass: .a)
        let line = String(decoding: try JSONEncoder().encode(household), as: UTF8.self)
        #expect(try JSONDecoder().decode(HouseholdSituation.self, from: Data(line.utf8)) == household)

        var evaluator = JSONLinesEvaluator(book: PolicyCaseTests.book, date: CivilDate(iso: "2024-05-01")!, explain: true)
        let result = evaluator.evaluate(line: Substring(line), number: 1)
        #expect(!result.failed)
        let decision = try JSONDecoder().decode(DibaoDecision.self, from: Data(result.output.utf8))
        #expect(decision.id == "h1" && decision.status == .eligible && decision.amount.money == Money(fen: 62_350))
        #expect(decision.explanation?.contains { $0.rule == "income" && !$0.parameters.isEmpty } == true)
    }

    @Test("a malformed line is named by its number; the next line is still evaluated")
    func badLines() throws {
        var evaluator = JSONLinesEvaluator(book: PolicyCaseTests.book, date: CivilDate(iso: "2024-05-01")!, explain: false)
        let bad = evaluator.evaluate(line: #"{"region":"370321","area":"urban"}"#, number: 7)
        #expect(bad.failed && bad.output.contains(#""line":7"#) && bad.output.contains("members"))
        let region = evaluator.evaluate(line: #"{"region":"37x","area":"urban","members":[]}"#, number: 8)
        #expect(region.failed && region.output.contains(#""line":8"#))
        let money = evaluator.evaluate(line: #"{"region":"370321","area":"urban","members":[{"birth_date":"1980-01-01","incomes":[{"kind":"wages","monthly":"1,000"}]}]}"#, number: 9)
        #expect(money.failed)
        let good = evaluator.evaluate(line: #"{"region":"370321","area":"rural","members":[{"birth_date":"1980-01-01"}]}"#, number: 10)
        #expect(!good.failed && good.output.contains(#""amount":"801.00""#))
    }

    @Test("a field the schema does not know is an error naming it, not silently dropped")
    func unknownFields() throws {
        var evaluator = JSONLinesEvaluator(book: PolicyCaseTests.book, date: CivilDate(iso: "2024-05-01")!, explain: false)
        let misspelt = evaluator.evaluate(line: #"{"region":"370321","area":"rural","members":[{"birth_date":"1980-01-01","income":[{"kind":"wages","monthly":"900"}]}]}"#, number: 3)
        #expect(misspelt.failed && misspelt.output.contains(#""line":3"#) && misspelt.output.contains("members[0].income"))
        let nested = evaluator.evaluate(line: #"{"region":"370321","area":"rural","members":[{"birth_date":"1980-01-01"}],"assets":{"homes":1,"cars":2}}"#, number: 4)
        #expect(nested.failed && nested.output.contains("assets.cars"))
        // An explicit null says nothing and is accepted, as is every documented field.
        let null = evaluator.evaluate(line: #"{"region":"370321","area":"rural","members":[{"birth_date":"1980-01-01"}],"assets":null,"id":"x"}"#, number: 5)
        #expect(!null.failed)
    }

    @Test("a liable relative whose counts make the formula meaningless is refused, naming the field")
    func badRelatives() throws {
        var evaluator = JSONLinesEvaluator(book: PolicyCaseTests.book, date: CivilDate(iso: "2024-05-01")!, explain: false)
        func line(_ relative: String) -> Substring {
            Substring(#"{"region":"370321","area":"rural","members":[{"birth_date":"1950-01-01"}],"liable_relatives":["# + relative + "]}")
        }
        let cases = [
            (#"{"duty":"elderly","annual_income":"60000","supports":1}"#, "household_size"),
            (#"{"duty":"dependant","annual_income":"60000","supports":0}"#, "supports"),
            (#"{"duty":"dependant","annual_income":"60000","supports":1,"supports_here":2}"#, "supports_here"),
            (#"{"duty":"dependant","annual_income":"-1","supports":1}"#, "annual_income"),
            (#"{"duty":"parent","annual_income":"1","supports":1}"#, "duty"),
            (#"{"duty":"dependant","annual_income":"60000","supports":1000000000000000}"#, "supports"),
            (#"{"duty":"elderly","annual_income":"60000","household_size":100,"supports":1}"#, "household_size"),
            (#"{"duty":"elderly","annual_income":"90000000000000000","household_size":1,"supports":1}"#, "annual_income"),
        ]
        for (number, (relative, field)) in cases.enumerated() {
            let result = evaluator.evaluate(line: line(relative), number: number + 1)
            #expect(result.failed && result.output.contains(field), "\(relative)")
        }
        let good = evaluator.evaluate(line: line(#"{"duty":"elderly","annual_income":"60000","household_size":3,"supports":2}"#), number: 9)
        #expect(!good.failed)
    }
}
