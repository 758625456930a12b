@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing

/// The 户籍人口 of the region master data and the village coverage the 分配低保指标 check
/// (RG-QUOTA) reads from it.
@Suite("Village coverage")
struct VillageCoverageQueryTests {
    func regions(_ text: String, _ caller: Caller) -> ImportRequest {
        ImportRequest(fileName: "regions.csv", data: Data(text.utf8), caller: caller, today: testToday, now: testNow)
    }

    @Test("户籍人口 loads and updates; a value that is not a whole number is refused, naming its line and column")
    func population() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let importer = RegionImporter(database: app.db, auditKey: app.auditKey)
            let header = "区划代码,名称,城乡分类代码,生效日期,失效日期,户籍人口\n"
            let first = try await importer.run(regions(header + "370321001001,东岳社区居委会,111,,,1200", users.admin))
            let changed = try await importer.run(regions(header + "370321001001,东岳社区居委会,111,,,1250", users.admin))
            let bad = try await importer.run(regions(header + "370321001001,东岳社区居委会,111,,,12.5\n370321100201,东唐村委会,220,2001-01-01,,-3", users.admin))
            // The national catalogue has no 户籍人口: loading it again keeps the populations.
            let catalogue = try await importer.run(regions("区划代码,名称,城乡分类代码,生效日期,失效日期\n370321001001,东岳社区居委会,111,,", users.admin))
            #expect(first.succeeded && changed.succeeded && changed.changed == 1 && catalogue.succeeded && catalogue.changed == 0)
            let stored = try await RegionStore(sql: app.db as! any SQLDatabase).region(RegionCode("370321001001")!)
            #expect(stored?.population == 1250)
            #expect(bad.errors.map { "\($0.line):\($0.column ?? ""):\($0.reasonKey)" } == ["2:population:import.error.count.invalid",
                                                                                           "3:population:import.error.count.invalid"])
        }
    }

    @Test("covered persons of 低保 in force per village over its population; villages without one, or closed, are left out")
    func coverage() async throws {
        try await withTestApp { app in
            let users = try await EnrollmentImportTests.seed(app)
            try await seedRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), EnrollmentImportTests.validFile, as: users.suozhen)
            let sql = app.db as! any SQLDatabase
            let query = VillageCoverageQuery(sql: sql)
            #expect(try await query.villages(within: TestRegions.county, on: testToday).isEmpty)
            let header = "区划代码,名称,城乡分类代码,生效日期,失效日期,户籍人口\n"
            let outcome = try await RegionImporter(database: app.db, auditKey: app.auditKey).run(regions(
                header + "370321001001,东岳社区居委会,111,,,300\n370321100201,东唐村委会,220,2001-01-01,,150", users.admin))
            #expect(outcome.succeeded)
            // DB001 (低保, 在保) covers the three of H001 in 东岳; the care subsidy is not 低保.
            let villages = try await query.villages(within: TestRegions.county, on: testToday)
            #expect(villages == [QuotaAllocation.Village(code: TestRegions.suozhenCommunity, registered: 300, covered: 3),
                                 QuotaAllocation.Village(code: TestRegions.tangshanVillage, registered: 150, covered: 0)])
            #expect(try await query.villages(within: TestRegions.tangshan, on: testToday).map(\.covered) == [0])
            try await sql.update("regions").set("valid_to", to: "2020-12-31").where("code", .equal, "370321100201").run()
            #expect(try await query.villages(within: TestRegions.county, on: testToday).map(\.code) == [TestRegions.suozhenCommunity])
        }
    }
}
