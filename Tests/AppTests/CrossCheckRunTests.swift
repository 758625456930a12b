@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

/// Runs and findings: stored once per problem, marked when the evidence changes.
@Suite("Cross-check runs")
struct CrossCheckRunTests {
    /// `minute` orders the imports: the run takes the latest batch of each kind.
    static func importDeaths(_ csv: String, minute: Int = 0, as caller: Caller, on app: Application) async throws -> ReferenceBatch {
        let request = ReferenceImportRequest(kind: .deaths, sourceDepartment: "县公安局", asOf: testToday,
                                             file: ImportRequest(fileName: "d.csv", data: Data(csv.utf8), caller: caller, today: testToday,
                                                                 now: testNow.addingTimeInterval(Double(minute) * 60)))
        return try #require(try await ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles).run(request).batch)
    }

    static func findings(_ app: Application) async throws -> [(rule: String, changed: Bool)] {
        try await (app.db as! any SQLDatabase).select().column("rule").column("evidence_changed").from("findings").all()
            .map { (try $0.decode(column: "rule", as: String.self), try $0.decode(column: "evidence_changed", as: Bool.self)) }
    }

    @Test("running again adds no finding; the same death in a new batch is the same finding; changed evidence is marked")
    func idempotent() async throws {
        try await withTestApp { app in
            let users = try await EnrollmentImportTests.seed(app)
            try await seedRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), EnrollmentImportTests.validFile, as: users.suozhen)
            _ = try await Self.importDeaths("公民身份号码,死亡日期\n\(TestPersons.li),2025-08-09", as: users.county, on: app)
            let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
            let request = CrossCheckRunner.Request(region: TestRegions.county, rules: Set(IdentityRule.allCases.map(AuditRule.identity)), batchIDs: [],
                                                   caller: users.county, today: testToday, now: testNow)
            let first = try await runner.run(request)
            #expect(first.rollRows == 4 && first.counts[.identity(.deceasedRecipient)] == .init(new: 1, changed: 0, unchanged: 0))
            let second = try await runner.run(request)
            #expect(second.counts[.identity(.deceasedRecipient)] == .init(new: 0, changed: 0, unchanged: 1))
            #expect(try await Self.findings(app).count == 1)
            let evidence = try await (app.db as! any SQLDatabase).select().column("evidence_json").column("source_key").from("findings").all()
            let text = try evidence.map { try $0.decode(column: "evidence_json", as: String.self) + $0.decode(column: "source_key", as: String.self) }
            #expect(text.count == 1 && !text[0].contains(TestPersons.li) && text[0].contains("3703**********"), "ID numbers masked in evidence")

            // Next month's batch repeats the record with its source: still one finding, its evidence richer.
            _ = try await Self.importDeaths("公民身份号码,死亡日期,死亡信息来源\n\(TestPersons.li),2025-08-09,殡葬火化\n", minute: 1, as: users.county, on: app)
            let third = try await runner.run(request)
            let afterThird = try await Self.findings(app)
            #expect(third.counts[.identity(.deceasedRecipient)] == .init(new: 0, changed: 1, unchanged: 0) && afterThird.count == 1)
            // A corrected death date is new evidence for the same finding; the same batch again is not.
            _ = try await Self.importDeaths("公民身份号码,死亡日期\n\(TestPersons.li),2025-08-10", minute: 2, as: users.county, on: app)
            let fourth = try await runner.run(request)
            #expect(fourth.counts[.identity(.deceasedRecipient)] == .init(new: 0, changed: 1, unchanged: 0))
            #expect(try await Self.findings(app).map(\.changed) == [true])
            let fifth = try await runner.run(request)
            #expect(fifth.counts[.identity(.deceasedRecipient)] == .init(new: 0, changed: 0, unchanged: 1))
            #expect(try await Self.findings(app).map(\.changed) == [true], "the mark stays until the finding is reviewed")
            let runs = try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM crosscheck_runs").first()?.decode(column: "n", as: Int.self)
            #expect(runs == 5)
        }
    }

    @Test("by default a run uses the latest batch of every source and region that overlaps it, not just the newest of the kind")
    func batchChoice() async throws {
        try await withTestApp { app in
            let users = try await EnrollmentImportTests.seed(app)
            func deaths(_ source: String, minute: Int, as caller: Caller) async throws -> ReferenceBatch {
                let request = ReferenceImportRequest(kind: .deaths, sourceDepartment: source, asOf: testToday,
                                                     file: ImportRequest(fileName: "d.csv", data: Data("公民身份号码,死亡日期\n\(TestPersons.li),2025-08-0\(minute + 1)".utf8),
                                                                         caller: caller, today: testToday, now: testNow.addingTimeInterval(Double(minute) * 60)))
                return try #require(try await ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles).run(request).batch)
            }
            _ = try await deaths("县公安局", minute: 0, as: users.county)
            let police = try await deaths("县公安局", minute: 1, as: users.county)
            let cremation = try await deaths("殡葬管理所", minute: 2, as: users.county)
            let tangshan = try await deaths("县公安局", minute: 3, as: users.tangshan)
            let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
            let suozhen = try await runner.run(.init(region: TestRegions.suozhen, rules: [.identity(.deceasedRecipient)], batchIDs: [], caller: users.county,
                                                     today: testToday, now: testNow))
            #expect(Set(suozhen.batches.map(\.id)) == [police.id, cremation.id], "唐山镇's own batch is not 索镇's")
            let county = try await runner.run(.init(region: TestRegions.county, rules: [.identity(.deceasedRecipient)], batchIDs: [], caller: users.county,
                                                    today: testToday, now: testNow))
            #expect(Set(county.batches.map(\.id)) == [police.id, cremation.id, tangshan.id])
        }
    }

    @Test("a region outside the caller's area cannot be checked, nor a batch outside it used, nor a run started by a role that may not")
    func scoped() async throws {
        try await withTestApp { app in
            let users = try await EnrollmentImportTests.seed(app)
            let batch = try await Self.importDeaths("公民身份号码,死亡日期\n\(TestPersons.li),2025-08-09", as: users.county, on: app)
            let store = UserStore(sql: app.db as! any SQLDatabase)
            let supervisor = try await store.create(.init(username: "s_sup", displayName: "督导员", role: .supervisor, scope: TestRegions.suozhen), at: testNow)
            let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
            func refusal(_ request: CrossCheckRunner.Request) async -> String? {
                do { _ = try await runner.run(request); return nil } catch let error as UserFacingError { return error.key } catch { return "\(error)" }
            }
            #expect(await refusal(.init(region: TestRegions.county, rules: [.identity(.deceasedRecipient)], batchIDs: [], caller: supervisor))
                == "crosscheck.error.scope")
            #expect(await refusal(.init(region: TestRegions.suozhen, rules: [.identity(.deceasedRecipient)], batchIDs: [batch.id], caller: supervisor))
                == "crosscheck.error.batch")
            #expect(await refusal(.init(region: TestRegions.suozhen, rules: [.identity(.deceasedRecipient)], batchIDs: [], caller: users.suozhen))
                == "crosscheck.error.role")
        }
    }

    @Test("人情保: a filed relative on the roll, with whether the filed staff member handled the case (here 钱进 accepted it, 孙立 did not)")
    func staffRelativeHandling() async throws {
        try await withTestApp { app in
            let users = try await EnrollmentImportTests.seed(app)
            try await seedRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), EnrollmentImportTests.validFile, as: users.suozhen)
            let csv = """
                经办人员公民身份号码,近亲属公民身份号码,亲属关系
                \(testID("37032119810202032")),\(TestPersons.zhang),父母
                \(testID("37032119820303043")),\(TestPersons.li),兄弟姐妹
                """
            let request = ReferenceImportRequest(kind: .staffRelatives, sourceDepartment: "县民政局", asOf: testToday,
                                                 file: ImportRequest(fileName: "k.csv", data: Data(csv.utf8), caller: users.county, today: testToday, now: testNow))
            _ = try #require(try await ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles).run(request).batch)
            let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
            _ = try await runner.run(.init(region: TestRegions.county, rules: [.identity(.staffRelative)], batchIDs: [], caller: users.county,
                                           today: testToday, now: testNow))
            let rows = try await (app.db as! any SQLDatabase).raw("""
                SELECT p.id_number, e.certificate_no, f.evidence_json FROM findings f JOIN persons p ON p.id = f.person_id
                JOIN enrollments e ON e.id = f.enrollment_id WHERE f.rule = 'ID-KIN'
                """).all()
            var handled: [String: String] = [:]
            for row in rows {
                let evidence = try JSONDecoder().decode(FindingEvidence.self, from: Data(try row.decode(column: "evidence_json", as: String.self).utf8))
                handled[try row.decode(column: "id_number", as: String.self) + "/" + row.decode(column: "certificate_no", as: String.self)] =
                    evidence.facts.handledBy?.joined(separator: ",")
            }
            // DB001 (整户, accepted by S02 钱进, approved by S01) covers both; 孙立 handled nothing.
            #expect(handled["\(TestPersons.zhang)/DB001"] == "accepted")
            #expect(handled["\(TestPersons.li)/DB001"] == "")
        }
    }
}
