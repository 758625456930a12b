@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

/// Fixes from the review of the import, audit and account pages: escaped attributes,
/// masked reasons, kept scopes, retention, the import job limits.
@Suite("Web hardening")
struct WebHardeningTests {
    static let markup = "\"><b>x</b>"

    @Test("data echoed into attributes is escaped: audit filters and a stored address")
    func attributesEscaped() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var inspector = WebClient(app: app)
            try await inspector.login(try #require(world.townshipUser[.disciplineInspector]))
            let audit = try await inspector.get("/audit?actor=\(WebClient.encode(Self.markup))&from=\(WebClient.encode(Self.markup))")
            #expect(!audit.text.contains(Self.markup))
            #expect(audit.text.contains("&quot;&gt;&lt;b&gt;"))

            var clerk = WebClient(app: app)
            try await clerk.login(try #require(world.townshipUser[.windowClerk]))
            let key = world.ownHousehold.id.uuidString
            try await clerk.get("/households/\(key)")
            try await clerk.post("/households/\(key)/edit", form: ["address": "东岳路" + Self.markup, "areaKind": "urban"])
            let page = try await clerk.get("/households/\(key)")
            #expect(!page.text.contains(Self.markup))
        }
    }

    @Test("a headerless file's ID number, quoted in a reason, is masked on the job page")
    func reasonsMasked() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var clerk = WebClient(app: app)
            try await clerk.login(try #require(world.townshipUser[.windowClerk]))
            try await clerk.get("/imports")
            let id = testID("37032119800101013")
            let file = Data("S9,370321001001,东岳路1号,城镇,户主,无表头,\(id)\r\n".utf8)
            let reply = try await clerk.upload("/imports", fields: ["kind": "households"], file: ("file", "noheader.csv", file))
            let location = try #require(reply.headers.first(name: .location))
            await app.importJobs.settle()
            let page = try await clerk.get(location)
            #expect(page.text.contains(L("import.status.rejected")))
            #expect(!page.text.contains(id))
        }
    }

    @Test("an account's own village scope stays selected on its page; creating needs an explicit area and role")
    func scopesKept() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var admin = WebClient(app: app)
            try await admin.login(try #require(world.townshipUser[.administrator]))
            try await admin.get("/users")
            let clerkName = try #require(world.townshipUser[.windowClerk])
            let clerk = try #require(try await UserStore(sql: app.db as! any SQLDatabase).account(named: clerkName))
            try await admin.post("/users/\(clerk.id.uuidString)/rescope", form: ["role": "window_clerk", "region": TestRegions.suozhenCommunity.value])
            let page = try await admin.get("/users/\(clerk.id.uuidString)")

            #expect(page.text.contains("<option value=\"\(TestRegions.suozhenCommunity.value)\" selected=\"selected\">"))
            let list = try await admin.get("/users")
            // Plot writes an empty value as a bare attribute.
            let placeholder = "<option value selected=\"selected\">" + L("common.choose") + "</option>"
            #expect(list.text.contains(placeholder))
            let missing = try await admin.post("/users", form: ["username": "noarea", "role": "window_clerk", "region": ""])
            #expect(missing.status == .badRequest)
        }
    }

    @Test("a finished job past the retention period can no longer be read, and the sweep deletes it")
    func retention() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            let request = ImportRequest(fileName: "old.csv", data: Data("x".utf8), caller: world.users.suozhen)
            let old = Date().addingTimeInterval(-40 * 86_400)
            let job = ImportJob(id: UUID(), request: request, kind: .households, outcome: ImportOutcome(), startedAt: old, finishedAt: old)
            let sql = app.db as! any SQLDatabase
            try await ImportJobStore(sql: sql, retention: 3650 * 86_400).insert(job, issues: [])
            let store = ImportJobStore(sql: sql, retention: 30 * 86_400)
            #expect(try await store.job(id: job.id, of: world.users.suozhen) == nil)
            #expect(try await store.issues(ofJob: job.id, caller: world.users.suozhen) == nil)
            #expect(try await store.jobs(of: world.users.suozhen).isEmpty)
            try await store.purgeExpired()
            #expect(try await sql.select().column("id").from("import_jobs").all().isEmpty)
        }
    }

    @Test("one running job per user, and no more than the board holds")
    func jobLimits() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            let board = ImportJobBoard(capacity: 1)
            var csv = HouseholdCSV()
            csv.add("L1", "370321001001", "户主", "排队", testID("37032119700202013"))
            let request = ImportRequest(fileName: "a.csv", data: csv.data, caller: world.users.suozhen)
            // Hold the import gate so the first job stays running while the others try.
            await ImportGate.shared.acquire()
            let first = try board.start(.households, request, app: app)
            #expect(throws: ImportJobBoard.Refusal.userBusy) { try board.start(.households, request, app: app) }
            var other = request
            other.caller = world.users.county
            #expect(throws: ImportJobBoard.Refusal.full) { try board.start(.households, other, app: app) }
            await ImportGate.shared.release()
            await board.settle()
            #expect(board.job(first, of: world.users.suozhen) == nil)
        }
    }

    @Test("a province's searchers see failed logins under unknown names")
    func unknownLoginFailures() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var stranger = WebClient(app: app)
            try await stranger.login("nobody-at-all", "Wrong-passw0rd")
            var admin = WebClient(app: app)
            try await admin.login("admin")
            let page = try await admin.get("/audit?action=\(AuditAction.loginFailure)")
            #expect(page.text.contains("<td>" + AuditAction.label(AuditAction.loginFailure) + "</td>"))
        }
    }
}
