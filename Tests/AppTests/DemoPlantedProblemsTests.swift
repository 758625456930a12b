@testable import App
import DoudiDomain
import DoudiSynthetic
import Foundation
import SQLKit
import Testing
import Vapor

/// The demo county's answer key: `doudi demo` loads the generated county and its department
/// data, runs the cross-check with every rule, identity and household, and the findings are
/// exactly the planted ones, person by person and rule by rule; none falls on a record
/// planted as clean. The household rules' plants were settled by the generator against the
/// policy tree; the run sees them only through the imported files.
@Suite struct DemoPlantedProblemsTests {
    /// Big enough that every plant occurs with the fixed seed, small enough for a test.
    static let households = 4_000

    @Test func demoRunFindsEveryPlantedProblemAndNothingElse() async throws {
        try await withTestApp { app in
            let options = DemoDataOptions(references: true, households: Self.households)
            var loader = DemoLoader(app: app, console: Terminal(), options: options)
            let logins = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: logins, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: logins) }
            loader.loginsDirectory = logins
            // Ages are counted on the data's own last day, so the key does not age with the clock.
            loader.today = options.asOf.lastDay
            let summary = try #require(try await loader.loadIfEmpty())
            let planted = summary.planted

            var expected: [String: Int] = [:]
            var clean: Set<String> = []
            for entry in planted.entries {
                let key = entry.rule.code + "|" + entry.idNumber
                expected[key, default: 0] += entry.expected
                if entry.expected == 0 { clean.insert(key) }
            }
            expected = expected.filter { $0.value > 0 }
            let rows = try await (app.db as! any SQLDatabase).raw("""
                SELECT f.rule, p.id_number, COUNT(*) AS n FROM findings f JOIN persons p ON p.id = f.person_id
                GROUP BY f.rule, p.id_number
                """).all()
            var found: [String: Int] = [:]
            for row in rows {
                found[try row.decode(column: "rule", as: String.self) + "|" + row.decode(column: "id_number", as: String.self)] =
                    try row.decode(column: "n", as: Int.self)
            }
            for rule in AuditRule.allCases {
                #expect(planted.findings(of: rule) > 0, "no \(rule.code) planted")
                let ruleFound = found.filter { $0.key.hasPrefix(rule.code + "|") }.values.reduce(0, +)
                #expect(ruleFound == planted.findings(of: rule), "\(rule.code): found \(ruleFound), planted \(planted.findings(of: rule))")
            }
            for rule in [IdentityRule.duplicateBenefit, .deceasedRecipient, .vehicleOwner, .propertyOwner, .businessPerson, .publicPayroll] {
                #expect(planted.cleanRecords(of: .identity(rule)) > 0, "no clean \(rule.rawValue) record planted")
            }
            #expect(found == expected)
            #expect(clean.intersection(found.keys).isEmpty)

            // Every kind of each rule is among them.
            let evidence = try await (app.db as! any SQLDatabase).raw("SELECT evidence_json FROM findings WHERE rule IN ('ID-DUP', 'ID-ERR')")
                .all().map { try $0.decode(column: "evidence_json", as: String.self) }.joined()
            for kind in ["dibaoAndTekun", "sameProgramTwice", "otherCountyRoll", "invalidNumber", "sexMismatch", "birthDateMismatch", "ageCategory"] {
                #expect(evidence.contains("\"\(kind)\""), "no \(kind) finding")
            }
        }
    }
}
