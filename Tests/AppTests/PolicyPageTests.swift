@testable import App
import DoudiDomain
import Foundation
import Testing
import Vapor

/// The policy parameters page and API: the values in force for a region on a date, who
/// set them and on what source, and their history.
@Suite("Policy page")
struct PolicyPageTests {
    @Test("the demo county's urban standard on a date comes from 淄博市 with its source and history")
    func page() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            try await browser.login(try #require(world.townshipUser[.supervisor]))
            let page = try await browser.get("/policy?region=370321&date=2024-05-01")
            #expect(page.status == .ok)
            #expect(page.text.contains(L("policy.key.dibao.standard.urban")))
            #expect(page.text.contains("924.00 元") && page.text.contains("淄博市") && page.text.contains("ddtbk.com"))
            #expect(page.text.contains("2018-01-01 541.00 元"), "the national value before 淄博's is in the history")
            let before = try await browser.get("/policy?region=370321&date=2022-12-31")
            #expect(before.text.contains("541.00 元") && !before.text.contains("<td>924.00 元"))
            let bad = try await browser.get("/policy?region=370321&date=2024-13-01")
            #expect(bad.text.contains(L("cli.error.date", ["value": "2024-13-01"])))
        }
    }

    @Test("the API gives the same values, and refuses a malformed query")
    func api() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var api = WebClient(app: app)
            try await api.apiLogin("county")
            let reply = try await api.get("/api/v1/policy?region=370321&date=2024-05-01")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(reply.text.utf8)) as? [String: Any])
            let parameters = try #require(object["parameters"] as? [[String: Any]])
            let urban = try #require(parameters.first { $0["key"] as? String == "dibao.standard.urban" })
            let current = try #require(urban["current"] as? [String: Any])
            #expect(current["value"] as? String == "924.00 元" && current["setBy"] as? String == "淄博市")
            #expect((urban["history"] as? [Any])?.count == 2)
            #expect(try await api.get("/api/v1/policy?region=x").status == .badRequest)
        }
    }

    /// 山东: the standard within 25–35 % (urban) and 35–45 % (rural) of last year's monthly
    /// per-capita consumption. 48,000 a year is 4,000 a month: 1,000–1,400, so 淄博's 924 is
    /// below; 24,000 is 2,000 a month: 700–900, so 801 is within.
    @Test("given last year's consumption, the page and the API check the standard against the province's band")
    func compliance() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            try await browser.login(try #require(world.townshipUser[.supervisor]))
            let page = try await browser.get("/policy?region=370321&date=2024-05-01&urban_consumption=48000&rural_consumption=24000")
            #expect(page.text.contains(L("policy.compliance.heading")))
            #expect(page.text.contains(L("policy.compliance.band", ["low": "1000.00", "high": "1400.00"])))
            #expect(page.text.contains(L("policy.compliance.verdict.below")) && page.text.contains(L("policy.compliance.verdict.within")))
            let plain = try await browser.get("/policy?region=370321&date=2024-05-01")
            #expect(!plain.text.contains(L("policy.compliance.heading")))
            let bad = try await browser.get("/policy?region=370321&date=2024-05-01&rural_consumption=abc")
            #expect(bad.text.contains(L("policy.compliance.error.consumption", ["area": AreaKind.rural.label(), "value": "abc"])))

            var api = WebClient(app: app)
            try await api.apiLogin("county")
            let reply = try await api.get("/api/v1/policy?region=370321&date=2024-05-01&urban_consumption=48000")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(reply.text.utf8)) as? [String: Any])
            let rows = try #require(object["compliance"] as? [[String: Any]])
            #expect(rows.count == 1 && rows[0]["verdict"] as? String == "below" && rows[0]["low"] as? String == "1000.00")
            #expect(try await api.get("/api/v1/policy?region=370321&urban_consumption=-5").status == .badRequest)
        }
    }
}
