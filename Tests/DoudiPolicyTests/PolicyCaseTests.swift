import DoudiDomain
import DoudiPolicyFiles
import Foundation
import Testing

/// Runs every YAML rule case in `policy-tests/` against the shipped `policy/` tree.
@Suite("Policy cases")
struct PolicyCaseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let book: PolicyBook = {
        do { return try PolicyDirectory.load(root.appendingPathComponent("policy")) } catch { fatalError("\(error)") }
    }()
    static let cases: [PolicyCase] = {
        do { return try PolicyCase.load(root.appendingPathComponent("policy-tests")) } catch { fatalError("\(error)") }
    }()

    @Test("the case files hold at least the cases the issue asks for, each naming its source")
    func inventory() {
        #expect(Self.cases.count >= 30)
        for item in Self.cases { #expect(!item.source.isEmpty, "\(item)") }
    }

    @Test("each case's decision matches", arguments: cases)
    func run(_ item: PolicyCase) throws {
        let region = try #require(RegionCode(prefix: item.household.region) ?? RegionCode(item.household.region), "\(item)")
        let parameters = try DibaoParameters(book: Self.book, region: region, on: item.date)
        let decision = DibaoEvaluator.evaluate(item.household, on: item.date, parameters: parameters)
        let mismatches = item.mismatches(decision)
        #expect(mismatches.isEmpty, "\(item) — \(mismatches.joined(separator: "; "))")
        // The explanation is a mode: the decision with it is the same decision.
        var explained = DibaoEvaluator.evaluate(item.household, on: item.date, parameters: parameters, explain: true)
        #expect(explained.explanation?.isEmpty == false)
        explained.explanation = nil
        #expect(explained == decision, "\(item)")
    }
}
