@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

@Suite("Region import")
struct RegionImportTests {
    func request(_ text: String, _ caller: Caller) -> ImportRequest {
        ImportRequest(fileName: "regions.csv", data: Data(text.utf8), caller: caller, today: testToday, now: testNow)
    }

    @Test("the national catalogue's machine headers load, re-import is idempotent, renames update")
    func nationalFormat() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let file = """
            code,name,urban_rural,valid_from,valid_to
            370322000000,高青县,,,
            370322001000,田镇街道,,,
            370322001001,城南社区居委会,111,,
            """
            // MUT
            let first = try await RegionImporter(database: app.db, auditKey: app.auditKey).run(request(file, users.admin))
            let again = try await RegionImporter(database: app.db, auditKey: app.auditKey).run(request(file, users.admin))
            let renamed = try await RegionImporter(database: app.db, auditKey: app.auditKey).run(request(file.replacingOccurrences(of: "城南社区", with: "城南新社区"), users.admin))
            // validate
            #expect(first.succeeded && first.added == 3)
            #expect(again.succeeded && again.added == 0 && again.changed == 0 && again.unchanged == 3)
            #expect(renamed.succeeded && renamed.changed == 1)
            let store = RegionStore(sql: app.db as! any SQLDatabase)
            let village = try #require(try await store.region(RegionCode("370322001001")!))
            #expect(village.name == "城南新社区居委会" && village.urbanRural == .mainUrbanArea)
            #expect(try await store.children(of: RegionCode("370322001000")!).map(\.code.value) == ["370322001001"])
        }
    }

    @Test("orphans, bad codes, bad classification codes and repeats are refused whole; non-administrators may not import")
    func rejected() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let before = try await count("regions", on: app)
            let file = """
            区划代码,名称,城乡分类代码,生效日期,失效日期
            370399001001,无上级村,220,,
            37032100100X,坏代码,,,
            370321001002,西岳社区居委会,999,,
            370321001003,北岳社区居委会,111,2020-02-30,
            370321001004,南岳社区居委会,111,,
            370321001004,南岳社区居委会,111,,
            """
            // MUT
            let outcome = try await RegionImporter(database: app.db, auditKey: app.auditKey).run(request(file, users.admin))
            let notAdmin = try await RegionImporter(database: app.db, auditKey: app.auditKey).run(request(TestRegions.csv, users.county))
            // validate
            #expect(Set(outcome.errors.map(\.reasonKey)) == [
                "import.error.region.parent_missing", "import.error.region.format", "import.error.value.invalid",
                "import.error.date.invalid", "import.error.region.duplicate",
            ])
            #expect(notAdmin.errors.map(\.reasonKey) == ["import.error.scope.forbidden"])
            #expect(try await count("regions", on: app) == before)
        }
    }
}

@Suite("Registry constraints")
struct RegistryConstraintTests {
    @Test("the database itself refuses a second current membership for one person")
    func oneCurrentMembership() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            var csv = HouseholdCSV()
            csv.add("C001", "370321001001", "户主", "周一", testID("37032119500101045"))
            csv.add("C002", "370321001001", "户主", "周二", testID("37032119500101053"))
            _ = try await importHouseholds(csv.data, as: users.county, on: app)
            let registry = Registry(database: app.db, caller: users.county, auditKey: app.auditKey, origin: "test")
            let first = try #require(try await registry.households(HouseholdQuery(householdNo: "C001")).first)
            let second = try #require(try await registry.households(HouseholdQuery(householdNo: "C002")).first)
            let member = try #require(try await registry.members(ofHousehold: first.id).first)
            let sql = app.db as! any SQLDatabase
            // MUT: bypass the data layer and insert a second open membership directly.
            let row = MembershipRow(id: UUID(), regionCode: "370321001001", householdId: second.id, personId: member.person.id,
                                    relationship: Relationship.other.rawValue, basis: nil, counted: true, startedOn: nil, endedOn: nil)
            // validate
            let error = await #expect(throws: (any Error).self) {
                try await BulkInsert(table: MembershipRow.table, columns: MembershipRow.columns).run([row.values], on: sql)
            }
            // The refusal is the unique index's, not some other failure.
            #expect(String(reflecting: error).lowercased().contains("unique")
                || String(reflecting: error).contains("23505")
                || String(reflecting: error).contains("memberships_one_current_idx"))
            // An ended membership alongside the current one is fine: that is history.
            var ended = row
            ended.endedOn = "2020-01-01"
            try await BulkInsert(table: MembershipRow.table, columns: MembershipRow.columns).run([ended.values], on: sql)
        }
    }

    @Test("moving a person to another household ends the old membership and keeps it")
    func moveKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let mover = testID("37032119500101061")
            var before = HouseholdCSV()
            before.add("M001", "370321001001", "户主", "吴一", testID("37032119500101070"))
            before.add("M001", "370321001001", "子女", "吴二", mover)
            var after = HouseholdCSV()
            after.add("M002", "370321001001", "户主", "吴二", mover)
            _ = try await importHouseholds(before.data, as: users.county, on: app)
            // MUT
            let outcome = try await importHouseholds(after.data, as: users.county, on: app)
            // validate
            #expect(outcome.succeeded && outcome.changed == 1)
            let registry = Registry(database: app.db, caller: users.county, auditKey: app.auditKey, origin: "test")
            let old = try #require(try await registry.households(HouseholdQuery(householdNo: "M001")).first)
            let new = try #require(try await registry.households(HouseholdQuery(householdNo: "M002")).first)
            #expect(try await registry.members(ofHousehold: old.id).map(\.person.name) == ["吴一"])
            #expect(try await registry.members(ofHousehold: new.id).map(\.person.name) == ["吴二"])
            #expect(try await count("memberships", on: app) == 3)
        }
    }
}
