@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Vapor

/// The web tests' county: one household in each township, and a user of every role
/// scoped to 索镇街道 (so 唐山镇's household is foreign to all of them), all with the
/// standard test password.
struct WebWorld {
    let users: TestUsers
    let ownHousehold: Household
    let ownPerson: Person
    let foreignHousehold: Household
    let foreignPerson: Person
    /// Username of the 索镇 user of each role.
    let townshipUser: [Role: String]

    static let ownID = testID("37032119500101013")
    static let foreignID = testID("37032119500101021")

    static func make(_ app: Application) async throws -> WebWorld {
        let users = try await TestUsers.create(on: app)
        var csv = HouseholdCSV()
        csv.add("S001", "370321001001", "户主", "孙一", ownID)
        csv.add("T001", "370321100201", "户主", "唐二", foreignID, address: "东唐村1号", area: "农村")
        let outcome = try await importHouseholds(csv.data, as: users.county, on: app)
        precondition(outcome.succeeded, "\(outcome.errors.map { "\($0.line) \($0.reasonKey)" })")
        let county = Registry(database: app.db, caller: users.county, auditKey: app.auditKey, origin: "test")
        let own = try await county.households(HouseholdQuery(householdNo: "S001")).first!
        let foreign = try await county.households(HouseholdQuery(householdNo: "T001")).first!
        let store = UserStore(sql: app.db as! any SQLDatabase)
        var townshipUser: [Role: String] = [:]
        for role in Role.allCases {
            let name = "s_" + role.rawValue
            try await store.create(.init(username: name, displayName: role.label(), role: role, scope: TestRegions.suozhen), at: testNow)
            try await setTestPassword(name, on: app)
            townshipUser[role] = name
        }
        for name in ["admin", "county", "suozhen", "tangshan"] { try await setTestPassword(name, on: app) }
        return WebWorld(users: users, ownHousehold: own, ownPerson: try await county.members(ofHousehold: own.id).first!.person,
                        foreignHousehold: foreign, foreignPerson: try await county.members(ofHousehold: foreign.id).first!.person,
                        townshipUser: townshipUser)
    }
}
