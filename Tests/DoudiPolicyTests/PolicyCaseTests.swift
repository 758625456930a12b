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
        do { return try PolicyCase.load(root.appendingPathComponent("policy-tests/dibao")) } catch { fatalError("\(error)") }
    }()

    @Test("the case files hold at least the cases the issue asks for, each naming its source")
    func inventory() {
        #expect(Self.cases.count >= 30)
        for item in Self.cases { #expect(!item.source.isEmpty, "\(item)") }
    }

    /// The shipped tree with the case's overlay laid over it, if it names one.
    static func book(for item: PolicyCase) throws -> PolicyBook { try book(overlay: item.overlay) }

    /// The shipped tree with an overlay from `policy-tests/overlays/` laid over it, if one is named.
    static func book(overlay: String?) throws -> PolicyBook {
        guard let overlay else { return book }
        let url = root.appendingPathComponent("policy-tests").appendingPathComponent(PolicyCase.overlayDirectory).appendingPathComponent(overlay)
        return book.overlaid(with: try PolicyDirectory.loadOverlay(url))
    }

    @Test("each case's decision matches", arguments: cases)
    func run(_ item: PolicyCase) throws {
        let region = try #require(RegionCode(prefix: item.household.region), "\(item)")
        let parameters = try DibaoParameters(book: Self.book(for: item), region: region, on: item.date)
        let decision = DibaoEvaluator.evaluate(item.household, on: item.date, parameters: parameters)
        let mismatches = item.mismatches(decision)
        #expect(mismatches.isEmpty, "\(item) — \(mismatches.joined(separator: "; "))")
        // The explanation is a mode: the decision with it is the same decision.
        var explained = DibaoEvaluator.evaluate(item.household, on: item.date, parameters: parameters, explain: true)
        #expect(explained.explanation?.isEmpty == false)
        explained.explanation = nil
        #expect(explained == decision, "\(item)")
    }

    @Test("a case file with a field the format does not know is refused, naming the field and its line")
    func unknownCaseField() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        - name: 拼错的字段
          source: 测试
          date: 2024-05-01
          household:
            region: "370321"
            area: urban
            members: [{birth_date: 1980-03-01, income: [{kind: wages, monthly: "500"}]}]
          expect: {status: eligible, amont: "100"}
        """.write(to: directory.appendingPathComponent("typo.yaml"), atomically: true, encoding: .utf8)
        #expect {
            _ = try PolicyCase.load(directory)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("typo.yaml") && text.contains("[0].household.members[0].income") && text.contains("第 7 行")
                && text.contains("[0].expect.amont")
        }
    }

    @Test("an overlay replaces only the keys it names, for the case that asks for it")
    func overlay() throws {
        let jilin = RegionCode(prefix: "220202")!, date = CivilDate(iso: "2024-05-01")!
        let stacked = try Self.book(for: try #require(Self.cases.first { $0.overlay == "jilin-stacking.yaml" }))
        let shipped = try DibaoParameters(book: Self.book, region: jilin, on: date)
        let variant = try DibaoParameters(book: stacked, region: jilin, on: date)
        #expect(!shipped.addOnsStack && variant.addOnsStack)
        #expect(variant.addOns == shipped.addOns && variant.standardUrban == shipped.standardUrban)
        #expect(variant.sources["dibao.add_ons.stacking"]?.dated.source.contains("测试变体") == true)
    }

    @Test("imputed support is explained with the formula's parameters, and the income line says what it added")
    func imputedSupportExplained() throws {
        let item = try #require(Self.cases.first { $0.overlay == "huantai-imputed-support.yaml" && $0.household.liableRelatives?.count == 1 })
        let parameters = try DibaoParameters(book: Self.book(for: item), region: RegionCode(prefix: "370321")!, on: item.date)
        let steps = try #require(DibaoEvaluator.evaluate(item.household, on: item.date, parameters: parameters, explain: true).explanation)
        let imputed = try #require(steps.first { $0.rule == "imputed_support" })
        #expect(imputed.text.contains("649.25") && imputed.parameters.contains { $0.key == "dibao.income.imputed_support.elderly_share" })
        #expect(steps.first { $0.rule == "income" }?.text.contains("补计") == true)
    }

    @Test("the national 渐退 default names every income kind, so a kind added later is not silently left out")
    func phasedExitKindsComplete() throws {
        let national = try DibaoParameters(book: Self.book, region: RegionCode(prefix: "370321")!, on: CivilDate(iso: "2024-05-01")!)
        #expect(national.phasedExitIncomeKinds == Set(IncomeKind.allCases))
    }
}
