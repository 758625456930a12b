import DoudiDomain
import Foundation
import SQLKit
import Vapor

/// One account per role for the demo: case handlers in the county's first township,
/// the county's approver, supervisor and inspector at county level, and a second
/// township's reviewer so that area scoping can be seen side by side. Passwords are
/// generated; the demo, like its administrator, does not force a change at first login.
enum DemoAccounts {
    static func create(by admin: Caller, county: RegionCode, app: Application) async throws -> [(UserAccount, String)] {
        let sql = app.db as! any SQLDatabase
        let townships = try await RegionStore(sql: sql).children(of: county)
        guard townships.count >= 2 else { throw CommandFailure(L("demo.failed", ["kind": "regions"])) }
        let plan: [(String, Role, RegionCode)] = [
            ("chuangkou", .windowClerk, townships[0].code),
            ("xiangzhen", .townshipReviewer, townships[0].code),
            ("xiangzhen2", .townshipReviewer, townships[1].code),
            ("xianji", .countyApprover, county),
            ("dudao", .supervisor, county),
            ("jijian", .disciplineInspector, county),
        ]
        var logins: [(UserAccount, String)] = []
        for (username, role, scope) in plan {
            let created = try await app.accountAdministration().create(username: username, displayName: "", role: role, scope: scope,
                                                                       by: admin, mustChangePassword: false)
            logins.append((created.account, created.initialPassword))
        }
        return logins
    }

    static func write(_ logins: [(UserAccount, String)], to path: String) throws {
        let lines = logins.map { account, password in
            L("demo.login_line", ["user": account.username, "password": password, "role": account.role.label(), "region": account.scope.value])
        }
        FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8),
                                       attributes: [.posixPermissions: 0o600])
    }
}
