import DoudiDomain
import DoudiPolicyFiles
import Foundation
import Testing

/// Loading the policy tree: the shipped tree loads; a malformed file is refused naming its
/// file, line and reason; a new dated value changes results from its date on only.
@Suite("Policy directory")
struct PolicyDirectoryTests {
    static let shipped = PolicyCaseTests.root.appendingPathComponent("policy")

    /// A copy of the shipped tree to change.
    private func copy() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.shipped, to: target)
        return target
    }

    private func failure(_ directory: URL) -> PolicyLoadFailure? {
        do {
            _ = try PolicyDirectory.load(directory)
            return nil
        } catch {
            return error
        }
    }

    private let zibo = "370000-山东省/370300-淄博市/region.yaml"

    @Test("the shipped tree loads: national defaults and ten places, every program's parameters resolving")
    func shippedTreeLoads() throws {
        let book = try PolicyDirectory.load(Self.shipped)
        #expect(book.regions.count == 10)
        let date = CivilDate(iso: "2024-05-01")!
        for region in ["370321000000", "370102000000", "360733000000", "211402000000", "110101000000", "371521000000"] {
            let code = try #require(RegionCode(region))
            #expect(throws: Never.self) { try DibaoParameters(book: book, region: code, on: date) }
            #expect(throws: Never.self) { try TekunParameters(book: book, region: code, on: date) }
            #expect(throws: Never.self) { try TemporaryAssistanceParameters(book: book, region: code, on: date) }
        }
    }

    @Test("an unknown key, a bad value, a missing source and overlapping dates are each named with file and line")
    func malformedFile() throws {
        let directory = try copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        region: "370300"
        name: 淄博市
        parameters:
          dibao.standard.urbann:
            - {from: 2023-01-01, value: 924, source: 拼错的键}
          dibao.standard.rural:
            - {from: 2023-01-01, value: 八百, source: 错误金额}
          dibao.edge_multiplier:
            - {from: 2023-01-01, value: 1.5}
          dibao.amount_method:
            - {from: 2024-01-01, value: gap, source: 甲}
            - {from: 2024-01-01, value: banded, source: 乙}
        """.write(to: directory.appendingPathComponent(zibo), atomically: true, encoding: .utf8)
        let errors = try #require(failure(directory)).errors
        func error(_ key: String) -> PolicyError? { errors.first { $0.reasonKey == key } }
        #expect(error("policy.error.unknown_key")?.location == PolicyLocation(file: zibo, line: 4))
        #expect(error("policy.error.money")?.location?.line == 7)
        #expect(error("policy.error.source")?.location?.line == 9)
        #expect(error("policy.error.overlap")?.location?.line == 12)
        #expect(errors.first?.description.contains(zibo) == true)
    }

    @Test("values that parse but cannot be meant are refused with the file and line of the value", arguments: [
        ("dibao.edge_multiplier", "0.9", "policy.range.at_least_one"),
        ("dibao.phased_exit.income_ceiling", "0.5", "policy.range.at_least_one"),
        ("dibao.phased_exit.step_rates", "[1, 1.2]", "policy.range.share"),
        ("dibao.add_ons", "[{category: elderly, rate: 1.5}]", "policy.range.share"),
        ("dibao.minimum_per_person.urban", "{percent_of_standard: 2}", "policy.range.share"),
        ("dibao.standard_setting.urban_low", "0.5", "policy.range.low_high"),
    ])
    func unreasonableValues(key: String, value: String, rule: String) throws {
        let error = try rangeError(zibo: """
          \(key):
            - {from: 2024-01-01, value: \(value), source: 乙}
        """)
        #expect(error.location == PolicyLocation(file: zibo, line: 9))
        #expect(error.description.contains(key) && error.description.contains(L(rule)))
    }

    @Test("bands out of order, paying more than the standard, or stopping short of it are refused", arguments: [
        ("[{income_below: 400, amount: 600}, {income_below: 200, amount: 801}, {income_below: 801, amount: 200}]", "policy.range.bands_order"),
        ("[{income_below: 200, amount: 900}, {income_below: 801, amount: 200}]", "policy.range.bands_amount"),
        ("[{income_below: 200, amount: 801}, {income_below: 700, amount: 200}]", "policy.range.bands_reach"),
    ])
    func unreasonableBands(bands: String, rule: String) throws {
        let error = try rangeError(zibo: """
          dibao.amount_method:
            - {from: 2023-01-01, value: banded, source: 乙}
          dibao.bands.urban:
            - {from: 2023-01-01, value: [{income_below: 924, amount: 924}], source: 丙}
          dibao.bands.rural:
            - {from: 2023-01-01, value: \(bands), source: 丁}
        """)
        #expect(error.location == PolicyLocation(file: zibo, line: 13))
        #expect(error.description.contains(L(rule)))
    }

    @Test("a 临时救助 range whose least is above its most fails the load at the most's line")
    func temporaryAssistanceRangeOrder() throws {
        let errors = try ziboErrors("""
          linshi.illness.min:
            - {from: 2024-01-01, value: {multiple_of_standard: 12}, source: 乙}
          linshi.illness.max:
            - {from: 2024-01-01, value: {multiple_of_standard: 3}, source: 丙}
        """)
        let error = try #require(errors.first { $0.reasonKey == "policy.error.linshi.range_order" }, "\(errors)")
        #expect(error.location == PolicyLocation(file: zibo, line: 11))
    }

    /// The range error a 淄博市 file with its standards and `parameters` (from line 8 on) gets.
    private func rangeError(zibo parameters: String) throws -> PolicyError {
        let errors = try ziboErrors(parameters)
        return try #require(errors.first { $0.reasonKey == "policy.error.range" }, "\(errors)")
    }

    /// The load errors of the shipped tree with 淄博市's file replaced by its standards and
    /// `parameters` (from line 8 on).
    private func ziboErrors(_ parameters: String) throws -> [PolicyError] {
        let directory = try copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        region: "370300"
        name: 淄博市
        parameters:
          dibao.standard.urban:
            - {from: 2023-01-01, value: 924, source: 甲}
          dibao.standard.rural:
            - {from: 2023-01-01, value: 801, source: 甲}

        """.appending(parameters).write(to: directory.appendingPathComponent(zibo), atomically: true, encoding: .utf8)
        return try #require(failure(directory)).errors
    }

    @Test("parameters written as a list instead of a mapping are refused, not read as none")
    func parametersMustBeMapping() throws {
        let directory = try copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "region: \"370300\"\nname: 淄博市\nparameters:\n  - dibao.standard.urban\n"
            .write(to: directory.appendingPathComponent(zibo), atomically: true, encoding: .utf8)
        let errors = try #require(failure(directory)).errors
        #expect(errors.contains { $0.reasonKey == "policy.error.mapping" && $0.location?.file == zibo })
    }

    @Test("the national file must set every required parameter")
    func requiredParameter() throws {
        let directory = try copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let national = directory.appendingPathComponent("national.yaml")
        let text = try String(contentsOf: national, encoding: .utf8)
        let start = try #require(text.range(of: "  dibao.edge_multiplier:"))
        let end = try #require(text.range(of: "  dibao.amount_method:"))
        try (String(text[..<start.lowerBound]) + String(text[end.lowerBound...])).write(to: national, atomically: true, encoding: .utf8)
        let errors = try #require(failure(directory)).errors
        #expect(errors.contains { $0.reasonKey == "policy.error.required_missing" && $0.arguments["key"] == "dibao.edge_multiplier" })
    }

    @Test("a file outside its region's directory, and broken YAML, are refused")
    func placementAndSyntax() throws {
        let directory = try copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "region: \"440300\"\nname: 深圳市\n".write(to: directory.appendingPathComponent("370000-山东省/shenzhen.yaml"), atomically: true, encoding: .utf8)
        try "region: [unclosed\n".write(to: directory.appendingPathComponent("370000-山东省/broken.yaml"), atomically: true, encoding: .utf8)
        let errors = try #require(failure(directory)).errors
        #expect(errors.contains { $0.reasonKey == "policy.error.placement" })
        #expect(errors.contains { $0.reasonKey == "policy.error.yaml" && $0.location?.file == "370000-山东省/broken.yaml" })
    }

    @Test("a new standard from a date changes results from that date on and not before, with no code change")
    func newStandardFromDate() throws {
        let directory = try copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(zibo)
        let text = try String(contentsOf: file, encoding: .utf8)
        let added = text.replacingOccurrences(of: "  dibao.standard.rural:", with: """
            - from: 2025-07-01
              value: 980
              source: 测试用：新的城市标准
          dibao.standard.rural:
        """)
        try added.write(to: file, atomically: true, encoding: .utf8)
        let book = try PolicyDirectory.load(directory)
        let household = HouseholdSituation(region: "370321", area: .urban, members: [MemberSituation(birthDate: CivilDate(iso: "1980-01-01")!)])
        func amount(_ day: String) throws -> Money {
            let date = CivilDate(iso: day)!
            let parameters = try DibaoParameters(book: book, region: RegionCode("370321000000")!, on: date)
            return DibaoEvaluator.evaluate(household, on: date, parameters: parameters).amount.money
        }
        #expect(try amount("2025-06-30") == Money(yuan: 924))
        #expect(try amount("2025-07-01") == Money(yuan: 980))
        let history = book.history("dibao.standard.urban", region: RegionCode("370321000000")!)
        #expect(history.map(\.dated.value) == [.money(Money(yuan: 541)), .money(Money(yuan: 924)), .money(Money(yuan: 980))])
    }
}
