@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

/// The administrator's account pages: scoped list, creation with a one-time password,
/// disable / enable / rescope / reset, and refusals.
@Suite("Account pages")
struct UserPageTests {
    private func admin(_ app: Application, _ world: WebWorld) async throws -> WebClient {
        var browser = WebClient(app: app)
        try await browser.login(try #require(world.townshipUser[.administrator]))
        try await browser.get("/users")
        return browser
    }

    private func key(of username: String, _ app: Application) async throws -> String {
        try #require(try await UserStore(sql: app.db as! any SQLDatabase).account(named: username)).id.uuidString
    }

    @Test("the list shows the administrator's area only")
    func scopedList() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = try await admin(app, world)
            let page = try await browser.get("/users")
            #expect(page.status == .ok)
            #expect(page.text.contains(">s_window_clerk<") && page.text.contains(">suozhen<"))
            #expect(!page.text.contains(">tangshan<") && !page.text.contains(">county<"))
        }
    }

    @Test("a created account gets a one-time password, must change it at first login, and the creation is audited")
    func create() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = try await admin(app, world)
            let reply = try await browser.post("/users", form: ["username": "newclerk", "displayName": "新窗口", "role": "window_clerk",
                                                                "region": TestRegions.suozhen.value])
            #expect(reply.status == .ok)
            let password = try #require(Self.shownPassword(reply.text))
            let entry = try await lastEntry(app)
            #expect(entry.action == AuditAction.userCreate && entry.origin.hasPrefix("web:"))
            #expect(!entry.detail.contains(password))

            var newcomer = WebClient(app: app)
            let login = try await newcomer.login("newclerk", password)
            #expect(login.status == .seeOther)
            #expect(try await newcomer.get("/households").headers.first(name: .location) == "/account/password")

            let taken = try await browser.post("/users", form: ["username": "newclerk", "role": "window_clerk", "region": TestRegions.suozhen.value])
            #expect(taken.status == .badRequest && taken.text.contains(L("account.error.username_taken", ["user": "newclerk"])))
            let invalid = try await browser.post("/users", form: ["username": "坏 名字", "role": "window_clerk", "region": TestRegions.suozhen.value])
            #expect(invalid.status == .badRequest && invalid.text.contains(L("account.error.invalid_username")))
            let outside = try await browser.post("/users", form: ["username": "outsider", "role": "window_clerk", "region": TestRegions.tangshan.value])
            #expect(outside.status == .badRequest && outside.text.contains(L("account.error.scope_outside_own")))
            let noRole = try await browser.post("/users", form: ["username": "norole", "region": TestRegions.suozhen.value])
            #expect(noRole.status == .badRequest && noRole.text.contains(L("users.web.error.form")))
        }
    }

    @Test("disabling ends the account's sessions; enabling, rescoping and resetting work and are audited")
    func actions() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = try await admin(app, world)
            let clerkName = try #require(world.townshipUser[.windowClerk])
            let clerkKey = try await key(of: clerkName, app)
            var clerk = WebClient(app: app)
            try await clerk.login(clerkName)
            #expect(try await clerk.get("/households").status == .ok)

            try await browser.get("/users/\(clerkKey)")
            let disabled = try await browser.post("/users/\(clerkKey)/disable")
            #expect(disabled.status == .ok && disabled.text.contains(L("users.web.disabled")))
            #expect(try await clerk.get("/households").status == .seeOther, "the clerk's session ended")
            #expect(try await lastEntry(app).action == AuditAction.userDisable)

            #expect(try await browser.post("/users/\(clerkKey)/enable").text.contains(L("users.web.enabled")))
            let rescoped = try await browser.post("/users/\(clerkKey)/rescope",
                                                  form: ["role": "township_reviewer", "region": TestRegions.suozhenCommunity.value])
            #expect(rescoped.text.contains(L("users.web.rescoped")))
            let account = try #require(try await UserStore(sql: app.db as! any SQLDatabase).account(named: clerkName))
            #expect(account.role == .townshipReviewer && account.scope == TestRegions.suozhenCommunity)
            let outside = try await browser.post("/users/\(clerkKey)/rescope", form: ["role": "township_reviewer", "region": TestRegions.tangshan.value])
            #expect(outside.status == .badRequest && outside.text.contains(L("account.error.scope_outside_own")))

            let reset = try await browser.post("/users/\(clerkKey)/reset-password")
            let password = try #require(Self.shownPassword(reset.text))
            var again = WebClient(app: app)
            #expect(try await again.login(clerkName, password).status == .seeOther)
            #expect(try await lastEntry(app).action == AuditAction.loginSuccess)
        }
    }

    @Test("an administrator cannot act on their own account; other roles are refused")
    func refusals() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = try await admin(app, world)
            let ownKey = try await key(of: try #require(world.townshipUser[.administrator]), app)
            let own = try await browser.get("/users/\(ownKey)")
            #expect(own.status == .ok && !own.text.contains("/reset-password"))
            let refused = try await browser.post("/users/\(ownKey)/disable")
            #expect(refused.status == .badRequest && refused.text.contains(L("account.error.own_account")))

            let clerkKey = try await key(of: try #require(world.townshipUser[.windowClerk]), app)
            for role in Role.allCases where role != .administrator {
                var other = WebClient(app: app)
                try await other.login(try #require(world.townshipUser[role]))
                let home = try await other.get("/households")
                #expect(!home.text.contains("href=\"/users\""), "\(role)")
                #expect(try await other.get("/users").status == .forbidden, "\(role)")
                #expect(try await other.get("/users/\(clerkKey)").status == .forbidden, "\(role)")
                #expect(try await other.post("/users/\(clerkKey)/reset-password").status == .forbidden, "\(role)")
            }
        }
    }

    /// The password shown once on the page after a creation or a reset.
    static func shownPassword(_ html: String) -> String? {
        guard let range = html.range(of: "<span class=\"id-number revealed\">") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" })
    }
}
