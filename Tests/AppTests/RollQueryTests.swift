@testable import App
import DoudiDomain
import DoudiMatch
import Foundation
import SQLKit
import Testing

/// The roll as the cross-check loads it, and the engine run on it against an imported batch.
@Suite("Roll query")
struct RollQueryTests {
    @Test("the roll has one row per member per enrollment, scoped to the area, and the engine finds a planted death in it")
    func rollAndDeath() async throws {
        try await withTestApp { app in
            let users = try await EnrollmentImportTests.seed(app)
            try await seedRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), EnrollmentImportTests.validFile, as: users.suozhen)
            let sql = app.db as! any SQLDatabase
            let roll = try await RollQuery(sql: sql).load(within: TestRegions.county, on: testToday, elderlyAge: 60, adultAge: 18)
            // DB001 covers the three of H001, DB002 the child alone.
            #expect(roll.columns.count == 4 && roll.personIDs.count == 3 && roll.enrollmentIDs.count == 2)
            #expect(roll.columns.inForce.allSatisfy { $0 } && roll.columns.identityProblems.allSatisfy { $0 == 0 })
            let elsewhere = try await RollQuery(sql: sql).load(within: TestRegions.tangshan, on: testToday, elderlyAge: 60, adultAge: 18)
            #expect(elsewhere.columns.count == 0)

            // 李四 died last year and is still on DB001; an outsider's death matches nothing.
            let deaths = "公民身份号码,姓名,死亡日期\n\(TestPersons.li),李四,2025-08-09\n\(TestPersons.outsider),某,2025-01-01"
            let request = ReferenceImportRequest(kind: .deaths, sourceDepartment: "县公安局", asOf: testToday,
                                                 file: ImportRequest(fileName: "d.csv", data: Data(deaths.utf8), caller: users.county,
                                                                     today: testToday, now: testNow))
            let batch = try #require(try await ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles)
                .run(request).batch)
            let limits = try WealthLimits(book: app.policyBook, region: TestRegions.county, on: testToday)
            let engine = CrossCheckEngine(roll: roll.columns, wealth: WealthContext(roll: roll.columns, urban: roll.enrollmentUrban) { _ in limits })
            let hits = engine.run(rules: [.deceasedRecipient, .duplicateBenefit, .identityError],
                                  batches: [.init(kind: .deaths, columns: try app.referenceFiles.columns(batch.contentSHA256))])
            let li = try #require(try await Registry(database: app.db, caller: users.county, auditKey: app.auditKey, origin: "test")
                .person(idNumber: TestPersons.li))
            #expect(hits.count == 1 && hits.first?.rule == .deceasedRecipient)
            #expect(hits.first.map { roll.personIDs[Int(roll.columns.persons[Int($0.rollRow)])] } == li.id)
        }
    }
}
