import DoudiDomain
import DoudiPolicyFiles
import Foundation
import Testing

/// Runs every 临时救助 YAML case in `policy-tests/linshi/` against the shipped tree.
@Suite("临时救助 cases")
struct TemporaryAssistanceCaseTests {
    static let cases: [TemporaryAssistanceCase] = {
        do {
            return try TemporaryAssistanceCase.load(PolicyCaseTests.root.appendingPathComponent("policy-tests/linshi"))
        } catch { fatalError("\(error)") }
    }()

    @Test("the case files hold the boundary cases, each naming its source")
    func inventory() {
        #expect(Self.cases.count >= 30)
        for item in Self.cases { #expect(!item.source.isEmpty, "\(item)") }
    }

    @Test("each case's decision matches", arguments: cases)
    func run(_ item: TemporaryAssistanceCase) throws {
        let region = try #require(RegionCode(prefix: item.request.region), "\(item)")
        let parameters = try TemporaryAssistanceParameters(book: PolicyCaseTests.book(overlay: item.overlay), region: region, on: item.date)
        let decision = TemporaryAssistanceRules.evaluate(item.request, on: item.date, parameters: parameters)
        let mismatches = item.mismatches(decision)
        #expect(mismatches.isEmpty, "\(item): \(mismatches.joined(separator: "; "))")
        // The explanation is a mode: with it, the decision is the same.
        var explained = TemporaryAssistanceRules.evaluate(item.request, on: item.date, parameters: parameters, explain: true)
        #expect(!explained.explanation.isEmpty, "\(item)")
        explained.explanation = []
        #expect(explained == decision, "\(item)")
    }
}
