@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

/// The audit-log search page: the searcher's area only, the filters, who may use it,
/// and the on-demand chain check.
@Suite("Audit search page")
struct AuditSearchTests {
    @Test("an inspector sees their township's entries and not another township's")
    func scoped() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            // A reveal in 索镇 by its clerk, and a login by the 唐山镇 reviewer.
            var clerk = WebClient(app: app)
            try await clerk.login(try #require(world.townshipUser[.windowClerk]))
            try await clerk.get("/persons/\(world.ownPerson.id.uuidString)")
            try await clerk.post("/persons/\(world.ownPerson.id.uuidString)/reveal")
            var foreign = WebClient(app: app)
            try await foreign.login("tangshan")

            var inspector = WebClient(app: app)
            try await inspector.login(try #require(world.townshipUser[.disciplineInspector]))
            let page = try await inspector.get("/audit")
            #expect(page.status == .ok)
            #expect(page.text.contains("<td>" + AuditAction.label(AuditAction.idReveal) + "</td>"))
            #expect(page.text.contains("<td>" + AuditAction.label(AuditAction.loginSuccess) + "</td>"))
            #expect(page.text.contains("/persons/\(UUIDText.string(world.ownPerson.id))"))
            #expect(!page.text.contains(">tangshan<"), "the 唐山镇 login is outside the inspector's area")
            #expect(!page.text.contains(WebWorld.ownID), "entries never carry ID numbers")

            let byAction = try await inspector.get("/audit?action=\(AuditAction.idReveal)")
            #expect(byAction.text.contains(AuditAction.label(AuditAction.idReveal)))
            #expect(!byAction.text.contains("<td>" + AuditAction.label(AuditAction.loginSuccess) + "</td>"))
            let byActor = try await inspector.get("/audit?actor=nobody")
            #expect(byActor.text.contains(L("detail.none")))
            let future = try await inspector.get("/audit?from=2999-01-01")
            #expect(future.text.contains(L("detail.none")))
            let bad = try await inspector.get("/audit?from=2026-13-01")
            #expect(bad.text.contains(L("audit.search.error.date", ["value": "2026-13-01"])))
            let reversed = try await inspector.get("/audit?from=2026-02-01&to=2026-01-01")
            #expect(reversed.text.contains(L("audit.search.error.range")))
        }
    }

    @Test("only inspectors and administrators may search; the menu shows the page only to them")
    func roles() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            for role in Role.allCases {
                var browser = WebClient(app: app)
                try await browser.login(try #require(world.townshipUser[role]))
                let home = try await browser.get("/households")
                let page = try await browser.get("/audit")
                let allowed = role.may(.searchAuditLog)
                #expect(page.status == (allowed ? .ok : .forbidden), "\(role)")
                #expect(home.text.contains("href=\"/audit\"") == allowed, "\(role)")
                let verify = try await browser.post("/audit/verify")
                #expect(verify.status == (allowed ? .ok : .forbidden), "\(role)")
            }
        }
    }

    @Test("the chain check reports an intact log, and an edited entry")
    func verify() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var admin = WebClient(app: app)
            try await admin.login(try #require(world.townshipUser[.administrator]))
            try await admin.get("/audit")
            let intact = try await admin.post("/audit/verify")
            #expect(intact.text.contains("notice ok"))
            try await (app.db as! any SQLDatabase).raw("UPDATE audit_log SET origin = 'forged' WHERE seq = 1").run()
            let broken = try await admin.post("/audit/verify")
            #expect(broken.text.contains("notice error"))
            #expect(broken.text.contains(AuditFinding.altered(1).message))
        }
    }

    @Test("an import's detail reads as labelled values: counts stay numbers, the flag is yes/no, the hash is shortened")
    func detailText() {
        let text = AuditDetailText.format(#"{"added":0,"changed":2,"file":"a.csv","legacy":true,"sha256":"0123456789abcdef0123"}"#)
        #expect(text == "文件 a.csv · 新增 0 · 变更 2 · 历史迁移 是 · SHA-256 0123456789ab…")
        #expect(AuditDetailText.format("township_reviewer@370321001000") == "township_reviewer@370321001000")
    }
}
