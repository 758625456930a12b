import DoudiDomain
import DoudiPolicyFiles
import Foundation
import Testing

/// Runs every 残疾人两项补贴 YAML case in `policy-tests/disability-subsidies/` against the shipped tree.
@Suite("残疾人两项补贴 cases")
struct DisabilitySubsidyCaseTests {
    static let cases: [DisabilitySubsidyCase] = {
        do {
            return try DisabilitySubsidyCase.load(PolicyCaseTests.root.appendingPathComponent("policy-tests/disability-subsidies"))
        } catch { fatalError("\(error)") }
    }()

    @Test("the case files hold the boundary cases, each naming its source")
    func inventory() {
        #expect(Self.cases.count >= 20)
        for item in Self.cases { #expect(!item.source.isEmpty, "\(item)") }
    }

    @Test("each case's subsidies match", arguments: cases)
    func run(_ item: DisabilitySubsidyCase) throws {
        let region = try #require(RegionCode(prefix: item.region), "\(item)")
        let parameters = try DisabilitySubsidyParameters(book: PolicyCaseTests.book(overlay: item.overlay), region: region, on: item.date)
        let result = DisabilitySubsidies(item.person.situation, on: item.date, parameters: parameters, explain: true)
        let mismatches = item.mismatches(result)
        #expect(mismatches.isEmpty, "\(item): \(mismatches.joined(separator: "; "))")
        #expect(result.explanation.map(\.rule) == ["disability_subsidy.living", "disability_subsidy.care"])
    }
}
