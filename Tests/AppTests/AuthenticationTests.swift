@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

@Suite("Login, sessions, CSRF and lockout")
struct AuthenticationTests {
    @Test("a correct login opens a session and is audited; a wrong one is refused and audited")
    func loginAudit() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            let wrong = try await browser.login("suozhen", "not-the-password1")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains(L("login.error.wrong")))
            #expect(browser.cookies[WebCookies.session] == nil)
            let right = try await browser.login("suozhen")
            #expect(right.status == .seeOther)
            #expect(right.headers.first(name: .location) == "/households")
            #expect(browser.cookies[WebCookies.session] != nil)
            #expect(try await browser.get("/households").status == .ok)
            let actions = try await auditActions(app)
            #expect(actions.suffix(2) == [AuditAction.loginFailure, AuditAction.loginSuccess])
            // Logging out ends the session on the server, not only in the browser.
            let cookie = try #require(browser.cookies[WebCookies.session])
            #expect(try await browser.post("/logout").status == .seeOther)
            browser.cookies[WebCookies.session] = cookie
            #expect(try await browser.get("/households").headers.first(name: .location) == "/login")
            #expect(try await auditActions(app).last == AuditAction.logout)
        }
    }

    @Test("an unknown username gets the same answer as a wrong password, and the log keeps only a keyed digest of it")
    func unknownUser() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            let typed = WebWorld.foreignID
            let reply = try await browser.login(typed, "whatever-1")
            #expect(reply.status == .unauthorized)
            #expect(reply.text.contains(L("login.error.wrong")))
            let last = try await lastEntry(app)
            #expect(last.action == AuditAction.loginFailure)
            #expect(!last.subjectKey.contains(typed))
            // Not even the redacted form: only a keyed digest of whatever was typed.
            #expect(last.subjectKey == Authentication.unknownSubject(typed, key: app.auditKey))
            #expect(!last.subjectKey.contains(IDNumberRedaction.redact(typed)))
        }
    }

    @Test("the sixth wrong password locks the account for the configured time, even against the right password")
    func lockout() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            let auth = Authentication(database: app.db, auditKey: app.auditKey, settings: testAccountSettings)
            for attempt in 1...5 {
                let outcome = try await auth.login(username: "suozhen", password: "wrong-\(attempt)", origin: "test", at: testNow)
                #expect(outcome == .wrongCredentials, "attempt \(attempt)")
            }
            let sixth = try await auth.login(username: "suozhen", password: "wrong-6", origin: "test", at: testNow)
            let until = testNow.addingTimeInterval(testAccountSettings.lockout.lockDuration)
            #expect(sixth == .locked(until: until))
            // Locked: the right password is refused until the lock ends …
            #expect(try await auth.login(username: "suozhen", password: TestPasswords.standard, origin: "test",
                                         at: until.addingTimeInterval(-1)) == .locked(until: until))
            // … and accepted after it, with the failure count reset.
            guard case .success = try await auth.login(username: "suozhen", password: TestPasswords.standard, origin: "test",
                                                       at: until.addingTimeInterval(1)) else {
                Issue.record("login after the lock should succeed"); return
            }
            let account = try #require(try await UserStore(sql: app.db as! any SQLDatabase).account(named: "suozhen"))
            #expect(account.failedLogins == 0 && account.lockedUntil == nil)
            let actions = try await auditActions(app)
            #expect(actions.filter { $0 == AuditAction.loginFailure }.count == 6)
            #expect(actions.contains(AuditAction.loginLocked))
        }
    }

    @Test("the web shows the lock with its end time")
    func lockoutPage() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            for _ in 1...5 { #expect(try await browser.login("suozhen", "wrong-pass1").text.contains(L("login.error.wrong"))) }
            let sixth = try await browser.login("suozhen", "wrong-pass1")
            #expect(sixth.text.contains("账户已锁定"))
            #expect(try await browser.login("suozhen").status == .unauthorized)
        }
    }

    @Test("a form posted without its CSRF token, or with another session's, is refused")
    func csrf() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            // The login form itself needs the double-submit token.
            try await browser.get("/login")
            let bare = try await browser.post("/login", form: ["username": "suozhen", "password": TestPasswords.standard], csrf: false)
            #expect(bare.status == .forbidden)
            #expect(bare.text.contains(L("web.error.csrf")))
            #expect(browser.cookies[WebCookies.session] == nil)

            try await browser.login(world.townshipUser[.windowClerk]!)
            let path = "/households/\(world.ownHousehold.id.uuidString)/edit"
            let form = ["address": "新地址1号", "areaKind": "urban"]
            #expect(try await browser.post(path, form: form, csrf: false).status == .forbidden)
            var other = WebClient(app: app)
            try await other.login("suozhen")
            browser.csrf = other.csrf
            #expect(try await browser.post(path, form: form).status == .forbidden)
            let unchanged = try await Registry(database: app.db, caller: world.users.county, auditKey: app.auditKey, origin: "test")
                .household(id: world.ownHousehold.id)
            #expect(unchanged?.address == world.ownHousehold.address)
            // With its own token the same post goes through.
            try await browser.get("/households")
            #expect(try await browser.post(path, form: form).status == .ok)
        }
    }

    @Test("an administrator-set password must be changed before anything else, and the change ends other sessions")
    func mustChange() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            let admin = AccountAdministration(database: app.db, auditKey: app.auditKey, settings: testAccountSettings, origin: "test")
            let password = try await admin.resetPassword(username: "suozhen", by: world.users.admin)
            var browser = WebClient(app: app)
            #expect(try await browser.login("suozhen", password).headers.first(name: .location) == "/account/password")
            #expect(try await browser.get("/households").headers.first(name: .location) == "/account/password")
            var second = WebClient(app: app)
            try await second.login("suozhen", password)
            try await browser.get("/account/password")
            let weak = try await browser.post("/account/password", form: ["current": password, "new": "short1", "confirm": "short1"])
            #expect(weak.status == .badRequest)
            #expect(weak.text.contains(L("password.error.too_short")))
            let done = try await browser.post("/account/password", form: ["current": password, "new": "Better-passw0rd", "confirm": "Better-passw0rd"])
            #expect(done.status == .ok)
            #expect(try await browser.get("/households").status == .ok)
            #expect(try await second.get("/households").headers.first(name: .location) == "/login")
            #expect(try await auditActions(app).contains(AuditAction.passwordChange))
        }
    }
}

func auditActions(_ app: Application) async throws -> [String] {
    try await (app.db as! any SQLDatabase).select().column("action").from("audit_log").orderBy("seq").all()
        .map { try $0.decode(column: "action", as: String.self) }
}

func lastEntry(_ app: Application) async throws -> AuditEntry {
    let row = try #require(try await (app.db as! any SQLDatabase).select().columns(AuditLog.columns.map { SQLColumn($0) })
        .from("audit_log").orderBy("seq", .descending).limit(1).first())
    return try AuditLog.decode(row).entry
}

@Suite("Access tokens")
struct AccessTokenTests {
    @Test("an expired token no longer resolves, and the next login removes it")
    func expiry() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            let auth = Authentication(database: app.db, auditKey: app.auditKey, settings: testAccountSettings)
            guard case let .opened(_, first) = try await auth.open(.api, username: "suozhen", password: TestPasswords.standard,
                                                                origin: "test", at: testNow) else {
                Issue.record("login should succeed"); return
            }
            let tokens = AccessTokenStore(sql: app.db as! any SQLDatabase)
            #expect(try await tokens.resolve(first.token, kind: .api, at: testNow) != nil)
            let later = first.expiresAt.addingTimeInterval(1)
            #expect(try await tokens.resolve(first.token, kind: .api, at: later) == nil)
            _ = try await auth.open(.session, username: "suozhen", password: TestPasswords.standard, origin: "test", at: later)
            #expect(try await count("access_tokens", on: app) == 1)
        }
    }
}
