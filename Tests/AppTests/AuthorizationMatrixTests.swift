@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

/// Every registry endpoint, HTML and API, read and write, called by every role on a
/// record in another township, answers 404 and shows none of the record's data.
/// The endpoint list is taken from the app's own routes, so a new route with a record
/// parameter cannot be left out: an unmapped one fails the test.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    /// Request bodies that would be valid for an own record, so only the scope refuses them.
    static let webForms: [String: [String: String]] = [
        "/households/:key/edit": ["address": "新地址", "areaKind": "urban"],
        "/users/:key/rescope": ["role": "window_clerk", "region": "370321001000"],
        "/findings/:key/decide": ["decision": "confirmed", "reason": "核实"],
    ]
    static var apiBodies: [String: [String: Any]] { [
        "/api/v1/households/:key": ["address": "新地址"],
        "/api/v1/findings/:key/decision": ["decision": "confirmed", "reason": "核实"],
    ] }

    @Test("every role × every record endpoint × a foreign record → 404 and no data")
    func foreignRecords() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            let foreignJob = try await Self.foreignImportJob(world, app: app)
            let foreignCheck = try await Self.foreignCrossCheck(world, app: app)
            let routes = app.routes.all.filter { route in route.path.contains { if case .parameter = $0 { return true } else { return false } } }
            let secrets = ["唐山镇名册.csv", world.foreignPerson.name, world.foreignHousehold.householdNo, world.foreignHousehold.address,
                           WebWorld.foreignID, String(WebWorld.foreignID.suffix(4))]
            var checked = 0
            for role in Role.allCases {
                let username = try #require(world.townshipUser[role])
                var browser = WebClient(app: app)
                try await browser.login(username)
                try await browser.get("/households")
                var api = WebClient(app: app)
                try await api.apiLogin(username)
                for route in routes {
                    let pattern = "/" + route.path.map(\.description).joined(separator: "/")
                    let path = try concretePath(route.path, world: world, job: foreignJob, check: foreignCheck, pattern: pattern)
                    let isAPI = pattern.hasPrefix("/api/")
                    let reply: WebClient.Reply
                    switch (route.method, isAPI) {
                    case (.GET, false): reply = try await browser.get(path)
                    case (.POST, false): reply = try await browser.post(path, form: Self.webForms[pattern] ?? [:])
                    case (_, true): reply = try await api.json(route.method, path, route.method == .GET ? nil : Self.apiBodies[pattern] ?? [:])
                    default: Issue.record("unexpected method \(route.method) on \(pattern)"); continue
                    }
                    #expect(reply.status == .notFound, "\(role) \(route.method) \(pattern) → \(reply.status)")
                    for secret in secrets { #expect(!reply.text.contains(secret), "\(role) \(route.method) \(pattern) leaked data") }
                    checked += 1
                }
            }
            #expect(checked >= Role.allCases.count * 8)
            // Nothing was changed or revealed.
            let stored = try await Registry(database: app.db, caller: world.users.county, auditKey: app.auditKey, origin: "test")
                .household(id: world.foreignHousehold.id)
            #expect(stored == world.foreignHousehold)
            let actions = try await auditActions(app)
            for action in [AuditAction.idReveal, AuditAction.userDisable, AuditAction.userEnable, AuditAction.userRescope, AuditAction.passwordReset] {
                #expect(!actions.contains(action), "\(action)")
            }
        }
    }

    @Test("lists and searches never return a foreign household, by region, status, name or ID number")
    func foreignSearches() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            for role in Role.allCases {
                let username = try #require(world.townshipUser[role])
                var browser = WebClient(app: app)
                try await browser.login(username)
                let browse = try await browser.get("/households?region=\(TestRegions.tangshanVillage.value)")
                let byName = try await browser.post("/households/search", form: ["name": world.foreignPerson.name])
                let byID = try await browser.post("/households/search", form: ["idNumber": WebWorld.foreignID])
                let own = try await browser.get("/households")
                var api = WebClient(app: app)
                try await api.apiLogin(username)
                let apiBrowse = try await api.get("/api/v1/households?regionCode=\(TestRegions.tangshan.value)")
                let apiSearch = try await api.json(.POST, "/api/v1/households/search", ["idNumber": WebWorld.foreignID])
                for reply in [browse, byName, byID, own, apiBrowse, apiSearch] {
                    #expect(reply.status == .ok)
                    #expect(!reply.text.contains(world.foreignHousehold.householdNo), "\(role)")
                    #expect(!reply.text.contains(world.foreignHousehold.address), "\(role)")
                }
                // The search form keeps the typed name; the results must not have it.
                for reply in [browse, byID, own, apiBrowse, apiSearch] { #expect(!reply.text.contains(world.foreignPerson.name), "\(role)") }
                #expect(byName.text.contains(L("search.none")) && byID.text.contains(L("search.none")))
                #expect(own.text.contains(world.ownHousehold.householdNo))
            }
        }
    }

    /// A finished import of the 唐山镇 reviewer's, with a report that names the foreign person.
    static func foreignImportJob(_ world: WebWorld, app: Application) async throws -> UUID {
        let request = ImportRequest(fileName: "唐山镇名册.csv", data: Data("x".utf8), caller: world.users.tangshan)
        var outcome = ImportOutcome()
        outcome.issues = [ImportIssue(line: 2, column: "name", value: world.foreignPerson.name, reasonKey: "import.error.row.unreadable")]
        let job = ImportJob(id: UUID(), request: request, kind: .households, outcome: outcome, startedAt: testNow, finishedAt: testNow)
        try await ImportJobStore(sql: app.db as! any SQLDatabase, retention: 86_400 * 3650).insert(job, issues: outcome.issues)
        return job.id
    }

    /// A finding on the 唐山镇 household (its 低保 amount below the rules'), the run that found
    /// it, and a cross-check job the 唐山镇 reviewer started.
    static func foreignCrossCheck(_ world: WebWorld, app: Application) async throws -> (finding: UUID, run: UUID, job: UUID) {
        try await seedRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), RecordCSV(EnrollmentImportTests.header, [
            "DB900,T001,低保,在保,整户,,100,,2024-01-01,,,",
        ]), as: world.users.county)
        let request = CrossCheckRunner.Request(region: TestRegions.tangshan, rules: [.household(.amountMismatch)], batchIDs: [],
                                               caller: world.users.county, today: testToday, now: testNow)
        let outcome = try await CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook).run(request)
        let finding = try #require(try await (app.db as! any SQLDatabase).select().column("id").from("findings").first()?
            .decode(column: "id", as: UUID.self))
        var jobRequest = request
        jobRequest.caller = world.users.tangshan
        let job = try app.crossCheckBoard.start(jobRequest, app: app)
        await app.crossCheckBoard.settle()
        return (finding, outcome.runID, job)
    }

    private func concretePath(_ components: [PathComponent], world: WebWorld, job: UUID, check: (finding: UUID, run: UUID, job: UUID),
                              pattern: String) throws -> String {
        var parts: [String] = []
        for component in components {
            switch component {
            case let .constant(text): parts.append(text)
            case let .parameter(name):
                switch (name, pattern) {
                case ("key", let p) where p.contains("/households/"): parts.append(world.foreignHousehold.id.uuidString)
                case ("key", let p) where p.contains("/persons/"): parts.append(world.foreignPerson.id.uuidString)
                case ("key", let p) where p.contains("/imports/"): parts.append(job.uuidString)
                case ("key", let p) where p.contains("/users/"): parts.append(world.users.tangshan.userID.uuidString)
                case ("key", let p) where p.contains("/findings/"): parts.append(check.finding.uuidString)
                case ("key", let p) where p.contains("/crosscheck/runs/"): parts.append(check.run.uuidString)
                case ("key", let p) where p.contains("/crosscheck/jobs/"): parts.append(check.job.uuidString)
                case ("code", _): parts.append(TestRegions.tangshan.value)
                case ("file", _): parts.append("missing.css")
                default:
                    Issue.record("no foreign value for :\(name) in \(pattern): extend the matrix")
                    parts.append("x")
                }
            default: parts.append(component.description)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
