@testable import App
import DoudiDomain
import Foundation
import Testing
import Vapor

@Suite("Web pages")
struct WebPageTests {
    @Test("a township user sees only its township's households; a county user sees the county's")
    func scoping() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var township = WebClient(app: app)
            try await township.login("suozhen")
            let own = try await township.get("/households")
            #expect(own.text.contains("S001") && !own.text.contains("T001"))
            var county = WebClient(app: app)
            try await county.login("county")
            let all = try await county.get("/households")
            #expect(all.text.contains("S001") && all.text.contains("T001"))
            let tangshanOnly = try await county.get("/households?region=\(TestRegions.tangshan.value)")
            #expect(!tangshanOnly.text.contains("S001") && tangshanOnly.text.contains("T001"))
            #expect(try await county.get("/households/\(world.foreignHousehold.id.uuidString)").status == .ok)
        }
    }

    @Test("pages without a login redirect to the login page")
    func requiresLogin() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var anonymous = WebClient(app: app)
            for path in ["/households", "/regions", "/persons/\(world.ownPerson.id.uuidString)", "/account/password"] {
                let reply = try await anonymous.get(path)
                #expect(reply.status == .seeOther && reply.headers.first(name: .location) == "/login", "\(path)")
            }
        }
    }

    @Test("ID numbers are masked; revealing one is a POST that is logged, and only for roles that may")
    func masking() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            let masked = String(WebWorld.ownID.prefix(4)) + String(repeating: "*", count: 10) + String(WebWorld.ownID.suffix(4))
            var clerk = WebClient(app: app)
            try await clerk.login(world.townshipUser[.windowClerk]!)
            let household = try await clerk.get("/households/\(world.ownHousehold.id.uuidString)")
            #expect(household.text.contains(masked) && !household.text.contains(WebWorld.ownID))
            let personPath = "/persons/\(world.ownPerson.id.uuidString)"
            let person = try await clerk.get(personPath)
            #expect(person.text.contains(masked) && !person.text.contains(WebWorld.ownID))
            #expect(person.text.contains(L("person.reveal")))
            let revealed = try await clerk.post(personPath + "/reveal")
            #expect(revealed.status == .ok && revealed.text.contains(WebWorld.ownID))
            let entry = try await lastEntry(app)
            #expect(entry.action == AuditAction.idReveal && entry.subjectKey == UUIDText.string(world.ownPerson.id))
            #expect(entry.actorName == world.townshipUser[.windowClerk]!)

            var supervisor = WebClient(app: app)
            try await supervisor.login(world.townshipUser[.supervisor]!)
            #expect(!(try await supervisor.get(personPath)).text.contains(L("person.reveal")))
            let refused = try await supervisor.post(personPath + "/reveal")
            #expect(refused.status == .forbidden && !refused.text.contains(WebWorld.ownID))
        }
    }

    @Test("searching by ID number is a POST and finds the household; the number is not echoed back")
    func idSearch() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            try await browser.login("county")
            let reply = try await browser.post("/households/search", form: ["idNumber": WebWorld.foreignID])
            #expect(reply.text.contains("T001") && !reply.text.contains("S001"))
            #expect(!reply.text.contains(WebWorld.foreignID))
            #expect(try await browser.get("/households?idNumber=\(WebWorld.foreignID)").text.contains("S001"), "GET ignores an ID number")
        }
    }

    @Test("an edit by a case handler is saved with history and an audit entry; a supervisor may not edit")
    func edit() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            let path = "/households/\(world.ownHousehold.id.uuidString)/edit"
            var supervisor = WebClient(app: app)
            try await supervisor.login(world.townshipUser[.supervisor]!)
            try await supervisor.get("/households")
            #expect(try await supervisor.post(path, form: ["address": "改1号", "areaKind": "urban"]).status == .forbidden)
            var reviewer = WebClient(app: app)
            try await reviewer.login("suozhen")
            try await reviewer.get("/households")
            let saved = try await reviewer.post(path, form: ["address": "东岳路9号", "areaKind": "rural"])
            #expect(saved.status == .ok && saved.text.contains("东岳路9号") && saved.text.contains(L("household.saved")))
            #expect(try await lastEntry(app).action == AuditAction.householdUpdate)
            let invalid = try await reviewer.post(path, form: ["address": "", "areaKind": "rural"])
            #expect(invalid.status == .badRequest && invalid.text.contains(L("household.error.edit")))
        }
    }

    @Test("the region tree shows the caller's area with household counts, and refuses other areas")
    func regions() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var county = WebClient(app: app)
            try await county.login("county")
            let tree = try await county.get("/regions")
            #expect(tree.text.contains("索镇街道") && tree.text.contains("唐山镇"))
            var township = WebClient(app: app)
            try await township.login("suozhen")
            let own = try await township.get("/regions")
            #expect(own.text.contains("东岳社区居委会") && !own.text.contains("唐山镇"))
            #expect(try await township.get("/regions/\(TestRegions.county.value)").status == .notFound)
        }
    }

    @Test("every page carries the security headers; pages are not cached, assets are")
    func headers() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            let login = try await browser.get("/login")
            #expect(login.headers.first(name: "Content-Security-Policy") == SecurityHeadersMiddleware.contentSecurityPolicy)
            #expect(login.headers.first(name: .cacheControl) == "no-store")
            #expect(login.headers.first(name: "X-Frame-Options") == "DENY")
            let cookie = try #require(login.headers.setCookie?[WebCookies.loginCSRF])
            #expect(cookie.isSecure && cookie.isHTTPOnly && cookie.sameSite == .strict)
            let css = try await browser.get("/static/doudi.css")
            #expect(css.status == .ok && css.text.contains("@media print"))
            #expect(css.headers.first(name: .cacheControl)?.contains("public") == true)
            let missing = try await browser.get("/households/not-a-key")
            #expect(missing.headers.first(name: "Content-Security-Policy") != nil)
        }
    }
}
