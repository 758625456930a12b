@testable import App
import DoudiDomain
import Foundation
import Testing
import SQLKit
import Vapor

/// Every registry method, called by a township user on the other township's records,
/// must behave as if the records did not exist.
@Suite("Registry scoping")
struct RegistryScopeTests {
    struct World {
        let users: TestUsers
        let ownHousehold: Household
        let foreignHousehold: Household
        let foreignPerson: Person
        let foreignMembership: Membership
    }

    static func world(_ app: Application) async throws -> World {
        let users = try await TestUsers.create(on: app)
        var csv = HouseholdCSV()
        csv.add("S001", "370321001001", "户主", "孙一", testID("37032119500101013"))
        csv.add("T001", "370321100201", "户主", "唐二", testID("37032119500101021"), address: "东唐村1号", area: "农村")
        csv.add("T001", "370321100201", "配偶", "唐三", "370321195001010012", address: "东唐村1号", area: "农村")
        let outcome = try await importHouseholds(csv.data, as: users.county, on: app, legacy: true)
        precondition(outcome.succeeded, "\(outcome.errors.map { "\($0.line) \($0.reasonKey)" })")
        let county = Registry(database: app.db, caller: users.county, auditKey: app.auditKey, origin: "test")
        let own = try await county.households(HouseholdQuery(householdNo: "S001")).first!
        let foreign = try await county.households(HouseholdQuery(householdNo: "T001")).first!
        let member = try await county.members(ofHousehold: foreign.id).first!
        return World(users: users, ownHousehold: own, foreignHousehold: foreign, foreignPerson: member.person, foreignMembership: member.membership)
    }

    @Test("a township user reads only its own township")
    func reads() async throws {
        try await withTestApp { app in
            let world = try await Self.world(app)
            let suozhen = Registry(database: app.db, caller: world.users.suozhen, auditKey: app.auditKey, origin: "test")
            // MUT + validate, one line per read method
            #expect(try await suozhen.household(id: world.foreignHousehold.id) == nil)
            #expect(try await suozhen.household(id: world.ownHousehold.id) != nil)
            #expect(try await suozhen.households(HouseholdQuery()).map(\.householdNo) == ["S001"])
            #expect(try await suozhen.households(HouseholdQuery(householdNo: "T001")).isEmpty)
            #expect(try await suozhen.households(HouseholdQuery(idNumber: world.foreignPerson.idNumber.value)).isEmpty)
            #expect(try await suozhen.households(HouseholdQuery(name: world.foreignPerson.name)).isEmpty)
            #expect(try await suozhen.households(HouseholdQuery(region: TestRegions.tangshan)).isEmpty)
            #expect(try await suozhen.members(ofHousehold: world.foreignHousehold.id).isEmpty)
            #expect(try await suozhen.person(id: world.foreignPerson.id) == nil)
            #expect(try await suozhen.person(idNumber: world.foreignPerson.idNumber.value) == nil)
            #expect(try await suozhen.flaggedPersons().isEmpty)
            let tangshan = Registry(database: app.db, caller: world.users.tangshan, auditKey: app.auditKey, origin: "test")
            #expect(try await tangshan.flaggedPersons().count == 1)
            #expect(try await tangshan.members(ofHousehold: world.foreignHousehold.id).count == 2)
            // The county sees both townships.
            let county = Registry(database: app.db, caller: world.users.county, auditKey: app.auditKey, origin: "test")
            #expect(try await county.households(HouseholdQuery()).count == 2)
        }
    }

    @Test("a township user cannot change another township's records")
    func writes() async throws {
        try await withTestApp { app in
            let world = try await Self.world(app)
            let suozhen = Registry(database: app.db, caller: world.users.suozhen, auditKey: app.auditKey, origin: "test")
            var foreign = world.foreignHousehold
            foreign.address = "改写"
            var person = world.foreignPerson
            person.name = "改写"
            // MUT + validate
            await #expect(throws: RegistryError.notFound) { try await suozhen.updateHousehold(foreign) }
            await #expect(throws: RegistryError.notFound) { try await suozhen.updatePerson(person) }
            await #expect(throws: RegistryError.notFound) { try await suozhen.endMembership(id: world.foreignMembership.id, on: testToday) }
            // Moving one's own household into the other township is refused too.
            var moved = world.ownHousehold
            moved.region = TestRegions.tangshanVillage
            await #expect(throws: RegistryError.notFound) { try await suozhen.updateHousehold(moved) }
            // History of foreign records is invisible.
            #expect(try await suozhen.history(of: world.foreignHousehold.id).isEmpty)

            let county = Registry(database: app.db, caller: world.users.county, auditKey: app.auditKey, origin: "test")
            #expect(try await county.household(id: foreign.id)?.address == "东唐村1号")
            #expect(try await county.person(id: person.id)?.name == world.foreignPerson.name)
            #expect(try await count("change_log", on: app) == 0)
        }
    }

    @Test("an allowed write is applied and leaves history")
    func allowedWrite() async throws {
        try await withTestApp { app in
            let world = try await Self.world(app)
            let suozhen = Registry(database: app.db, caller: world.users.suozhen, auditKey: app.auditKey, origin: "test")
            var own = world.ownHousehold
            own.address = "新地址"
            // MUT
            try await suozhen.updateHousehold(own, at: testNow)
            // validate
            #expect(try await suozhen.household(id: own.id)?.address == "新地址")
            let history = try await suozhen.history(of: own.id)
            #expect(history.count == 1 && history[0].changedBy == world.users.suozhen.userID)
            #expect(history[0].beforeJSON?.contains("东岳路1号") == true)
        }
    }

    @Test("a township cannot import into, or learn about, another township")
    func importScope() async throws {
        try await withTestApp { app in
            let world = try await Self.world(app)
            var intoTangshan = HouseholdCSV()
            intoTangshan.add("S900", "370321100201", "户主", "钱九", testID("37032119900101031"))
            var claimsForeignPerson = HouseholdCSV()
            claimsForeignPerson.add("S901", "370321001001", "户主", world.foreignPerson.name, world.foreignPerson.idNumber.value)
            // MUT
            let outOfScope = try await importHouseholds(intoTangshan.data, as: world.users.suozhen, on: app)
            let elsewhere = try await importHouseholds(claimsForeignPerson.data, as: world.users.suozhen, on: app)
            // validate
            #expect(outOfScope.errors.map(\.reasonKey) == ["import.error.region.out_of_scope"])
            #expect(elsewhere.errors.map(\.reasonKey) == ["import.error.registered_elsewhere"])
            let rendered = elsewhere.errors.map { $0.reason() }.joined()
            #expect(rendered == "已在其他辖区登记")
            // Nothing of the other township's record appears anywhere in the report.
            let report = ImportReport.rows(elsewhere.issues).rows.flatMap { $0 }.joined(separator: "|")
            for secret in ["T001", "东唐", "370321100201", world.foreignHousehold.id.uuidString] {
                #expect(!report.contains(secret))
            }
        }
    }
}

@Suite("Import batch scoping")
struct ImportBatchScopeTests {
    @Test("a township sees only the batches imported within its area")
    func batches() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            var suozhenFile = HouseholdCSV()
            suozhenFile.add("B001", "370321001001", "户主", "冯一", testID("37032119500101088"))
            var tangshanFile = HouseholdCSV()
            tangshanFile.add("B002", "370321100201", "户主", "冯二", testID("37032119500101096"), address: "东唐村9号", area: "农村")
            _ = try await importHouseholds(suozhenFile.data, as: users.suozhen, on: app)
            _ = try await importHouseholds(tangshanFile.data, as: users.tangshan, on: app)
            let store = ImportBatchStore(sql: app.db as! any SQLDatabase)
            // MUT
            let suozhen = try await store.batches(within: users.suozhen.scope)
            let county = try await store.batches(within: users.county.scope)
            // validate
            #expect(suozhen.map(\.importedBy) == [users.suozhen.userID])
            #expect(suozhen.first?.rowsAdded == 1 && suozhen.first?.kind == "households")
            #expect(Set(county.map(\.importedBy)) == [users.suozhen.userID, users.tangshan.userID])
        }
    }
}

@Suite("Region changes")
struct RegionChangeTests {
    @Test("an edit cannot move a household or person to another village; an import cannot either")
    func refused() async throws {
        try await withTestApp { app in
            let world = try await RegistryScopeTests.world(app)
            let county = Registry(database: app.db, caller: world.users.county, auditKey: app.auditKey, origin: "test")
            var moved = world.ownHousehold
            moved.region = TestRegions.tangshanVillage
            var person = world.foreignPerson
            person.region = TestRegions.suozhenCommunity
            // MUT + validate
            await #expect(throws: RegistryError.regionChange) { try await county.updateHousehold(moved) }
            await #expect(throws: RegistryError.regionChange) { try await county.updatePerson(person) }
            var file = HouseholdCSV()
            file.add("S001", "370321100201", "户主", "孙一", testID("37032119500101013"))
            let outcome = try await importHouseholds(file.data, as: world.users.county, on: app)
            #expect(outcome.errors.map(\.reasonKey) == ["import.error.household.region_change"])
            #expect(try await county.household(id: world.ownHousehold.id)?.region == world.ownHousehold.region)
        }
    }

    @Test("an administrator cannot import regions outside its own area")
    func regionImportScope() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let file = "code,name,urban_rural,valid_from,valid_to\n110000000000,北京市,,,\n"
            // MUT
            let outcome = try await RegionImporter(database: app.db, auditKey: app.auditKey).run(
                ImportRequest(fileName: "r.csv", data: Data(file.utf8), caller: users.admin, today: testToday, now: testNow))
            // validate
            #expect(outcome.errors.map(\.reasonKey) == ["import.error.region.out_of_scope"])
        }
    }
}
