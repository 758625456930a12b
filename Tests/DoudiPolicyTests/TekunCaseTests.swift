import DoudiDomain
import DoudiPolicyFiles
import Foundation
import Testing

/// Runs every 特困 YAML case in `policy-tests/tekun/` against the shipped `policy/` tree.
@Suite("特困 cases")
struct TekunCaseTests {
    static let cases: [TekunCase] = {
        do { return try TekunCase.load(PolicyCaseTests.root.appendingPathComponent("policy-tests/tekun")) } catch { fatalError("\(error)") }
    }()

    @Test("the case files hold the boundary cases, each naming its source")
    func inventory() {
        #expect(Self.cases.count >= 40)
        for item in Self.cases { #expect(!item.source.isEmpty, "\(item)") }
    }

    @Test("each case's findings match", arguments: cases)
    func run(_ item: TekunCase) throws {
        let region = try #require(RegionCode(prefix: item.region), "\(item)")
        let parameters = try TekunParameters(book: PolicyCaseTests.book(overlay: item.overlay), region: region, on: item.date)
        let incapacity = WorkIncapacity(birthDate: item.person.birthDate, disabilities: (item.person.disabilities ?? []).map(\.disability),
                                        on: item.date, parameters: parameters, supportedSinceMinor: item.person.supportedSinceMinor ?? false,
                                        inSchool: item.person.inSchool ?? false)
        let selfCare = item.person.adlItemsNotMet.map { SelfCareLevel(itemsNotMet: $0, parameters: parameters) }
        // A decision's amount is its own (eligible people only); otherwise the amount alone, for an area.
        let decision = item.expect.needsDecision ? TekunEligibility(item.person.applicant, on: item.date, parameters: parameters, explain: true) : nil
        let amount = decision.map(\.amount) ?? item.person.area.flatMap { area in
            selfCare.map { TekunAmount(area: area, selfCare: $0, parameters: parameters) }
        }
        let mismatches = item.mismatches(incapacity, selfCare: selfCare, amount: amount, decision: decision)
        #expect(mismatches.isEmpty, "\(item): \(mismatches.joined(separator: "; "))")
    }
}
