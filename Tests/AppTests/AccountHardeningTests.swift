@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

@Suite("Account hardening")
struct AccountHardeningTests {
    @Test("wrong passwords sent in parallel still lock the account")
    func parallelGuesses() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            let auth = Authentication(database: app.db, auditKey: app.auditKey, settings: testAccountSettings)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for attempt in 1...8 {
                    group.addTask { _ = try await auth.login(username: "suozhen", password: "wrong-\(attempt)", origin: "test", at: testNow) }
                }
                try await group.waitForAll()
            }
            let account = try #require(try await UserStore(sql: app.db as! any SQLDatabase).account(named: "suozhen"))
            #expect(account.isLocked(at: testNow))
            #expect(try await auth.login(username: "suozhen", password: TestPasswords.standard, origin: "test", at: testNow)
                    == .locked(until: account.lockedUntil!))
        }
    }

    @Test("a lock stops guessing but does not log out the user's open session")
    func lockKeepsSessions() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var user = WebClient(app: app)
            try await user.login("suozhen")
            var guesser = WebClient(app: app)
            for _ in 1...6 { try await guesser.login("suozhen", "wrong-pass1") }
            #expect(try await guesser.login("suozhen").status == .unauthorized)
            #expect(try await user.get("/households").status == .ok)
        }
    }

    @Test("wrong current passwords on the change form count towards the lockout, and the lock ends every session")
    func changeFormGuessing() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var thief = WebClient(app: app)
            try await thief.login("suozhen")
            for attempt in 1...6 {
                let reply = try await thief.post("/account/password", form: ["current": "guess-\(attempt)x", "new": "New-passw0rd1", "confirm": "New-passw0rd1"])
                if attempt < 6 { #expect(reply.text.contains(L("account.error.wrong_current_password"))) }
            }
            #expect(try await thief.get("/households").headers.first(name: .location) == "/login")
            #expect(try await auditActions(app).filter { $0 == AuditAction.passwordChangeFailure }.count == 6)
        }
    }

    @Test("any page number is answered, never an arithmetic overflow")
    func extremePages() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            try await browser.login("suozhen")
            #expect(try await browser.get("/households?page=\(Int.max)").status == .ok)
            #expect(try await browser.post("/households/search", form: ["page": String(Int.min)]).text.contains("S001"))
            var api = WebClient(app: app)
            try await api.apiLogin("suozhen")
            #expect(try await api.get("/api/v1/households?page=\(Int.max)").text.contains("\"page\":\(PageNumber.max)"))
            #expect(try await api.json(.POST, "/api/v1/households/search", ["page": Int.min]).status == .ok)
        }
    }

    @Test("a form posted after the session ended goes to the login page, not a CSRF error")
    func expiredSessionPost() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            try await browser.login("suozhen")
            try await AccessTokenStore(sql: app.db as! any SQLDatabase).revokeAll(of: world.users.suozhen.userID)
            let reply = try await browser.post("/households/search", form: ["name": "孙一"])
            #expect(reply.status == .seeOther && reply.headers.first(name: .location) == "/login")
        }
    }
}
