@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

/// The import page: upload as a background job, the job's page and report, templates,
/// and who may do what.
@Suite("Import page")
struct ImportPageTests {
    /// Follows the upload's redirect once the job has been stored.
    private func finishedJob(_ reply: WebClient.Reply, _ browser: inout WebClient, app: Application) async throws -> (path: String, page: WebClient.Reply) {
        #expect(reply.status == .seeOther, "\(reply.text)")
        let location = try #require(reply.headers.first(name: .location))
        await app.importJobs.settle()
        return (location, try await browser.get(location))
    }

    private func householdRows(_ count: Int, prefix: String = "W") -> Data {
        var csv = HouseholdCSV()
        for index in 0..<count {
            // Birth dates spread over 1950–1979 keep every ID distinct and valid.
            let body = String(format: "370321%04d%02d%02d%03d", 1950 + index % 30, 1 + index / 30 % 12, 1 + index / 360 % 28, index % 1000)
            csv.add("\(prefix)\(index)", "370321001001", "户主", "居民\(index)", testID(body))
        }
        return csv.data
    }

    @Test("a clerk uploads a roll larger than the ordinary form limit; it is imported in the background and audited once")
    func uploadSucceeds() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            try await browser.login(try #require(world.townshipUser[.windowClerk]))
            try await browser.get("/imports")
            let file = householdRows(400)
            #expect(file.count > Int(app.routes.defaultMaxBodySize.value))
            let reply = try await browser.upload("/imports", fields: ["kind": "households"], file: ("file", "住户.csv", file))
            let (_, page) = try await finishedJob(reply, &browser, app: app)
            #expect(page.status == .ok)
            #expect(page.text.contains(L("import.status.succeeded")))
            #expect(page.text.contains(L("import.jobs.summary.succeeded", ["added": "400", "changed": "0", "unchanged": "0", "flagged": "0"])))
            let county = Registry(database: app.db, caller: world.users.county, auditKey: app.auditKey, origin: "test")
            #expect(try await county.households(HouseholdQuery(householdNo: "W399")).count == 1)
            let entry = try await lastEntry(app)
            #expect(entry.action == "import.households" && entry.actorName == world.townshipUser[.windowClerk])
            #expect(try await auditActions(app).filter { $0 == "import.households" }.count == 2, "the world's import and this one: one entry each")
            #expect(entry.origin.hasPrefix("web:"))
            // The job is listed on the import page, and so is the batch for the area.
            let index = try await browser.get("/imports")
            #expect(index.text.contains("住户.csv"))
        }
    }

    @Test("a rejected file writes nothing; the page masks ID numbers and the report names every row and field")
    func rejectedFile() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            try await browser.login(try #require(world.townshipUser[.townshipReviewer]))
            try await browser.get("/imports")
            let valid = testID("37032119500101099")
            let wrong = String(valid.dropLast()) + (valid.hasSuffix("1") ? "2" : "1")
            var csv = HouseholdCSV()
            csv.add("X1", "370321001001", "户主", "错号", wrong)
            csv.add("X2", "370321001001", "户主", "正常", testID("37032119600101013"))
            let reply = try await browser.upload("/imports", fields: ["kind": "households"], file: ("file", "错误.csv", csv.data))
            let (path, page) = try await finishedJob(reply, &browser, app: app)
            #expect(page.text.contains(L("import.status.rejected")))
            #expect(!page.text.contains(wrong), "the page shows ID numbers masked")
            let county = Registry(database: app.db, caller: world.users.county, auditKey: app.auditKey, origin: "test")
            #expect(try await county.households(HouseholdQuery(householdNo: "X2")).isEmpty, "all or nothing")

            let report = try await browser.get(path + "/report?format=csv")
            #expect(report.status == .ok)
            #expect(report.headers.first(name: .contentDisposition)?.contains("filename*=UTF-8''") == true)
            #expect(report.text.contains(L("import.report.line")) && report.text.contains(L("import.column.id_number")))
            #expect(report.text.contains(wrong), "the uploader gets their own values back in the report")
            let workbook = try await browser.get(path + "/report?format=xlsx")
            #expect(workbook.status == .ok && workbook.text.hasPrefix("PK"))
        }
    }

    @Test("a job is its uploader's alone: another user of the same township gets 404 for the page, status and report")
    func jobsArePrivate() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var owner = WebClient(app: app)
            try await owner.login(try #require(world.townshipUser[.windowClerk]))
            try await owner.get("/imports")
            let reply = try await owner.upload("/imports", fields: ["kind": "households"], file: ("file", "a.csv", householdRows(2)))
            let (path, _) = try await finishedJob(reply, &owner, app: app)
            var other = WebClient(app: app)
            try await other.login(try #require(world.townshipUser[.townshipReviewer]))
            for suffix in ["", "/status", "/report?format=csv"] {
                let response = try await other.get(path + suffix)
                #expect(response.status == .notFound, "\(suffix)")
                #expect(!response.text.contains("a.csv"))
            }
        }
    }

    @Test("uploads are refused without the CSRF token, for roles that may not import, and without a kind or a file")
    func refusedUploads() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            let file = ("file", "a.csv", householdRows(1, prefix: "R"))
            var clerk = WebClient(app: app)
            try await clerk.login(try #require(world.townshipUser[.windowClerk]))
            try await clerk.get("/imports")
            #expect(try await clerk.upload("/imports", fields: ["kind": "households"], file: file, csrf: false).status == .forbidden)
            let noKind = try await clerk.upload("/imports", fields: ["kind": ""], file: file)
            #expect(noKind.status == .badRequest && noKind.text.contains(L("import.upload.error.kind")))
            let noFile = try await clerk.upload("/imports", fields: ["kind": "households"], file: nil)
            #expect(noFile.status == .badRequest && noFile.text.contains(L("import.upload.error.file")))
            let legacy = try await clerk.upload("/imports", fields: ["kind": "payments", "legacy": "on"], file: file)
            #expect(legacy.status == .badRequest && legacy.text.contains(L("import.upload.error.legacy")))

            for role in [Role.supervisor, .disciplineInspector] {
                var browser = WebClient(app: app)
                try await browser.login(try #require(world.townshipUser[role]))
                try await browser.get("/households")
                #expect(try await browser.get("/imports").status == .forbidden, "\(role)")
                #expect(try await browser.upload("/imports", fields: ["kind": "households"], file: file).status == .forbidden, "\(role)")
                #expect(!(try await browser.get("/households")).text.contains("href=\"/imports\""), "no menu item for \(role)")
            }
            await app.importJobs.settle()
            let county = Registry(database: app.db, caller: world.users.county, auditKey: app.auditKey, origin: "test")
            #expect(try await county.households(HouseholdQuery(householdNo: "R0")).isEmpty)
        }
    }

    @Test("a file over the configured limit is refused with a Chinese message")
    func tooLarge() async throws {
        var settings = ImportSettings()
        settings.uploadLimitBytes = 4 * 1024
        try await withTestApp(imports: settings) { app in
            let world = try await WebWorld.make(app)
            var clerk = WebClient(app: app)
            try await clerk.login(try #require(world.townshipUser[.windowClerk]))
            try await clerk.get("/imports")
            let reply = try await clerk.upload("/imports", fields: ["kind": "households"], file: ("file", "big.csv", householdRows(100)))
            #expect(reply.status == .payloadTooLarge)
            #expect(reply.text.contains(L("web.error.too_large")))
        }
    }

    @Test("each kind's template downloads with the importer's own headers, and a filled-in CSV template imports")
    func templates() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var clerk = WebClient(app: app)
            try await clerk.login(try #require(world.townshipUser[.windowClerk]))
            for kind in ImportKind.allCases {
                let workbook = try await clerk.get("/imports/template?kind=\(kind.rawValue)&format=xlsx")
                #expect(workbook.status == .ok && workbook.text.hasPrefix("PK"), "\(kind)")
                let csv = try await clerk.get("/imports/template?kind=\(kind.rawValue)&format=csv")
                #expect(csv.text.contains(kind.columns.map { $0.header() }.joined(separator: ",")), "\(kind)")
            }
            #expect(try await clerk.get("/imports/template?kind=nothing").status == .notFound)

            let header = try await clerk.get("/imports/template?kind=households&format=csv").text
                .trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}").union(.newlines))
            let row = HouseholdTemplate.columns.map { column -> String in
                switch column.key {
                case "household_no": "TPL1"
                case "region_code": "370321001001"
                case "address": "模板路1号"
                case "area_kind": "城镇"
                case "relationship": "户主"
                case "name": "模板户主"
                case "id_number": testID("37032119700101013")
                default: ""
                }
            }.joined(separator: ",")
            try await clerk.get("/imports")
            let reply = try await clerk.upload("/imports", fields: ["kind": "households"],
                                               file: ("file", "template.csv", Data((header + "\r\n" + row).utf8)))
            let (_, page) = try await finishedJob(reply, &clerk, app: app)
            #expect(page.text.contains(L("import.status.succeeded")), "\(page.text)")
        }
    }

    @Test("the status endpoint reports a stored job as finished")
    func statusOfFinishedJob() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var clerk = WebClient(app: app)
            try await clerk.login(try #require(world.townshipUser[.windowClerk]))
            try await clerk.get("/imports")
            let reply = try await clerk.upload("/imports", fields: ["kind": "households"], file: ("file", "s.csv", householdRows(3)))
            let (path, _) = try await finishedJob(reply, &clerk, app: app)
            let status = try await clerk.get(path + "/status")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(status.text.utf8)) as? [String: Any])
            #expect(object["finished"] as? Bool == true)
            #expect(object["done"] as? Int == 3)
        }
    }
}
