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
            let demo = try await DemoCountyFixture.load(app, households: Self.households, references: true)
            let summary = demo.summary
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
                SELECT f.rule, COALESCE(p.id_number, f.region_code) AS id_number, COUNT(*) AS n
                FROM findings f LEFT JOIN persons p ON p.id = f.person_id
                GROUP BY f.rule, COALESCE(p.id_number, f.region_code)
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
            for rule in [IdentityRule.duplicateBenefit, .deceasedRecipient, .vehicleOwner, .propertyOwner, .businessPerson, .publicPayroll,
                         .pensionIncome, .providentFund] {
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
            // And every 错保 signal, each with the limit it broke.
            let wealth = try await (app.db as! any SQLDatabase).raw("SELECT evidence_json FROM findings WHERE rule IN ('ID-VEH', 'ID-EST', 'ID-BIZ', 'ID-PAY', 'ID-PEN', 'ID-FUND')")
                .all().map { try $0.decode(column: "evidence_json", as: String.self) }
            // 漏保 found through the department's monitoring list alone, not only the registry's 特殊身份.
            let missed = try await (app.db as! any SQLDatabase).raw("SELECT evidence_json FROM findings WHERE rule = 'HH-MISSED'")
                .all().map { try $0.decode(column: "evidence_json", as: String.self) }
            #expect(missed.contains { $0.contains("\"monitoring\":\"department\"") }, "no HH-MISSED through the department's list alone")
            let signals = WealthSignal.allCases.filter { signal in wealth.contains { $0.contains("\"signal\":\"\(signal.rawValue)\"") } }
            #expect(signals == WealthSignal.allCases)

            // 信息入库准确率 counts exactly the persons planted with a data problem (docs/metrics.md).
            let county = try #require(try await UserStore(sql: app.db as! any SQLDatabase).caller(named: "xianji"))
            let accuracy = try await DataQualityMetrics(sql: app.db as! any SQLDatabase).accuracy(in: DemoLoader.county, caller: county)
            let dataPersons = Set(planted.entries.filter { DataQualityMetrics.dataRules.contains($0.rule.code) && $0.expected > 0 }.map(\.idNumber))
            #expect(accuracy.run != nil && accuracy.rows.reduce(0) { $0 + $1.withProblems } == dataPersons.count)
            #expect(accuracy.rows.allSatisfy { (0...1).contains($0.rate ?? 0) } && accuracy.rows.contains { ($0.rate ?? 1) < 1 })

            try await Self.adjudicationSurvivesReruns(app, today: demo.today)
            try await Self.findingPages(app, logins: demo.logins)
        }
    }

    /// The findings pages as a county approver and a township reviewer see them: every rule's
    /// finding page explains it in Chinese with its evidence and policy basis and no full ID
    /// number; the township reviewer's list and pages hold its own township only.
    static func findingPages(_ app: Application, logins: String) async throws {
        func password(_ user: String) throws -> String {
            let line = try #require(logins.split(separator: "\n").first { $0.contains("用户名 \(user)　") })
            return String(line.split(separator: "　").first { $0.hasPrefix("密码 ") }!.dropFirst(3))
        }
        let sql = app.db as! any SQLDatabase
        let township = try #require(try await UserStore(sql: sql).caller(named: "xiangzhen"))
        var county = WebClient(app: app), reviewer = WebClient(app: app)
        try await county.login("xianji", try password("xianji"))
        try await reviewer.login("xiangzhen", try password("xiangzhen"))
        let fullNumber = try Regex("[1-9][0-9]{16}[0-9X]")
        for rule in AuditRule.allCases {
            let list = try await county.get("/findings?rule=\(rule.code)")
            #expect(list.status == .ok)
            let key = try #require(list.text.firstMatch(of: try Regex("/findings/([0-9A-F-]{36})"))?.output[1].substring, "\(rule.code)")
            let page = try await county.get("/findings/\(key)")
            #expect(page.status == .ok && page.text.contains(rule.basis()) && page.text.contains(L("finding.evidence")) && page.text.contains(rule.name()))
            #expect(page.text.firstMatch(of: fullNumber) == nil, "\(rule.code) page shows a full ID number")
        }
        let own = try await reviewer.get("/findings?status=confirmed")
        let keys = own.text.matches(of: try Regex("/findings/([0-9A-F-]{36})")).compactMap { $0.output[1].substring.map(String.init) }
        #expect(!keys.isEmpty)
        for key in keys {
            let region = try await sql.select().column("region_code").from("findings").where("id", .equal, UUID(uuidString: key)!).first()!
                .decode(column: "region_code", as: String.self)
            #expect(township.scope.contains(RegionCode(region)!))
        }
        let elsewhere = try #require(try await sql.raw("SELECT id FROM findings WHERE region_code NOT LIKE '370321001%' LIMIT 1").first())
            .decode(column: "id", as: UUID.self)
        #expect(try await reviewer.get("/findings/\(UUIDText.string(elsewhere))").status == .notFound)
        let export = try await county.get("/findings/export.csv?rule=HH-TEKUN")
        #expect(export.status == .ok && export.text.contains(L("audit.rule.HH-TEKUN.name")))

        // The API: the same list, a finding with its basis, a decision; the schemas name the fields sent.
        var api = WebClient(app: app)
        try await api.apiLogin("xianji", try password("xianji"))
        func properties(_ name: String) -> Set<String> {
            Set(((OpenAPISchemas.all[name] as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
        }
        func object(_ text: String) throws -> [String: Any] { try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) }
        let listed = try await api.get("/api/v1/findings?rule=HH-TAPER")
        let listedKeys = Set(try object(listed.text).keys)
        #expect(listed.status == .ok && listedKeys == properties("FindingPage"))
        let first = try #require((try object(listed.text)["items"] as? [[String: Any]])?.first?["key"] as? String)
        let shown = try await api.get("/api/v1/findings/\(first)")
        let shownObject = try object(shown.text)
        #expect(shown.status == .ok && Set(shownObject.keys).isSubset(of: properties("Finding")))
        #expect(shownObject["basis"] as? String == L("audit.rule.HH-TAPER.basis"))
        let decided = try await api.json(.POST, "/api/v1/findings/\(first)/decision", ["decision": "field_check", "reason": "入户核实收入"])
        let decidedStatus = try object(decided.text)["status"] as? String
        #expect(decided.status == .ok && decidedStatus == "field_check")

        // A finding on an area: no person, the area named, its villages named in the evidence.
        let quotaList = try await api.get("/api/v1/findings?rule=RG-QUOTA")
        let quotaKey = try #require((try object(quotaList.text)["items"] as? [[String: Any]])?.first?["key"] as? String)
        let quota = try object(try await api.get("/api/v1/findings/\(quotaKey)").text)
        #expect(quota["personKey"] == nil && (quota["subjectName"] as? String)?.hasSuffix("街道") == true)
        let villageFacts = (quota["evidence"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }.filter { $0.contains("（370321") }
        #expect(!villageFacts.isEmpty && villageFacts.allSatisfy { $0.hasSuffix("）") && !$0.hasPrefix("（") })
    }

    /// Every finding decided; a re-run keeps every decision; one planted record's evidence
    /// changed (an HH-AMOUNT household's recorded amount) reopens exactly that finding, with
    /// the evidence it was decided on kept beside the new; a township user sees only its own.
    static func adjudicationSurvivesReruns(_ app: Application, today: CivilDate) async throws {
        let sql = app.db as! any SQLDatabase
        let users = UserStore(sql: sql)
        let county = try #require(try await users.caller(named: "xianji"))
        let township = try #require(try await users.caller(named: "xiangzhen"))
        let all = try await FindingQuery(sql: sql).list(.init(region: DemoLoader.county, limit: 100_000), caller: county)
        #expect(all.count > 100 && all.allSatisfy { $0.status == .open })
        let decisions: [FindingStatus] = [.confirmed, .falsePositive, .fieldCheck]
        for (index, finding) in all.enumerated() {
            try await FindingDecisions.decide(finding.id, as: decisions[index % 3], reason: "核实第 \(index) 条", by: county, on: app.db,
                                              auditKey: app.auditKey, origin: "test")
        }
        await #expect(throws: UserFacingError.self) {
            try await FindingDecisions.decide(all[0].id, as: .confirmed, reason: "乡镇不能研判", by: township, on: app.db, auditKey: app.auditKey, origin: "test")
        }
        await #expect(throws: UserFacingError.self) {
            try await FindingDecisions.decide(all[0].id, as: .confirmed, reason: "  ", by: county, on: app.db, auditKey: app.auditKey, origin: "test")
        }

        let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
        let request = CrossCheckRunner.Request(region: DemoLoader.county, rules: Set(AuditRule.allCases), batchIDs: [], caller: county, today: today)
        let again = try await runner.run(request)
        #expect(again.counts.values.allSatisfy { $0.new == 0 && $0.changed == 0 && $0.reopened == 0 })
        var statuses = try await Self.statuses(sql)
        for (index, finding) in all.enumerated() { #expect(statuses[finding.id] == decisions[index % 3].rawValue) }

        // A clerk corrects the amount of one HH-AMOUNT household, but not to what the rules give:
        // to the rules' amount plus 51.37 yuan, which is neither it nor the old amount (whole yuan).
        let amount = try #require(try await sql.raw("""
            SELECT f.id AS finding, e.id AS enrollment, f.evidence_json AS evidence FROM findings f JOIN enrollments e ON e.id = f.enrollment_id
            WHERE f.rule = 'HH-AMOUNT' ORDER BY f.finding_key LIMIT 1
            """).first())
        let changed = try amount.decode(column: "finding", as: UUID.self)
        let evidence = try JSONDecoder().decode(FindingEvidence.self, from: Data(try amount.decode(column: "evidence", as: String.self).utf8))
        let computed = try #require(evidence.facts.household?["computed"].flatMap { Money(yuanText: $0) })
        try await sql.update("enrollments").set("monthly_amount_fen", to: computed.fen + 5_137)
            .where("id", .equal, try amount.decode(column: "enrollment", as: UUID.self)).run()
        let third = try await runner.run(request)
        #expect(third.counts.values.reduce(0) { $0 + $1.reopened } == 1)
        #expect(third.counts[.household(.amountMismatch)]?.reopened == 1)
        statuses = try await Self.statuses(sql)
        for (index, finding) in all.enumerated() {
            #expect(statuses[finding.id] == (finding.id == changed ? "reopened" : decisions[index % 3].rawValue))
        }
        let reopened = try #require(try await sql.select().columns("evidence_json", "decided_evidence_json").from("findings")
            .where("id", .equal, changed).first())
        let before = try reopened.decode(column: "decided_evidence_json", as: String.self), after = try reopened.decode(column: "evidence_json", as: String.self)
        #expect(before != after && before.contains("\"recorded\"") && after.contains("\"recorded\""))
        let history = try await sql.select().column("decision").from("finding_decisions").where("finding_id", .equal, changed)
            .orderBy("decided_at").all().map { try $0.decode(column: "decision", as: String.self) }
        #expect(history.count == 2 && history.last == "reopened")

        // The township user's list holds only its township's findings, and some of them.
        let own = try await FindingQuery(sql: sql).list(.init(region: DemoLoader.county, limit: 100_000), caller: township)
        #expect(!own.isEmpty && own.count < all.count && own.allSatisfy { township.scope.contains(RegionCode($0.region)!) })
    }

    private static func statuses(_ sql: any SQLDatabase) async throws -> [UUID: String] {
        Dictionary(uniqueKeysWithValues: try await sql.select().columns("id", "status").from("findings").all().map {
            (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "status", as: String.self))
        })
    }
}
