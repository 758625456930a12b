@testable import App
import DoudiDomain
import Foundation
import Testing
import Vapor

/// Chinese by default; English only by an explicit choice on the web, or by
/// `Accept-Language` on the API.
@Suite("Locale")
struct LocaleTests {
    @Test("pages are Chinese until the visitor chooses English, and the choice returns to the page")
    func webLanguageChoice() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            try await browser.login(try #require(world.townshipUser[.windowClerk]))
            let chinese = try await browser.get("/households")
            #expect(chinese.text.contains("lang=\"zh-Hans\"") && chinese.text.contains(L("nav.households", locale: .zhHans)))
            #expect(chinese.text.contains("/language?to=en&amp;back=%2Fhouseholds") || chinese.text.contains("/language?to=en&back=%2Fhouseholds"))

            let switched = try await browser.get("/language?to=en&back=%2Fhouseholds")
            #expect(switched.status == .seeOther && switched.headers.first(name: .location) == "/households")
            let english = try await browser.get("/households")
            #expect(english.text.contains("lang=\"en\"") && english.text.contains(L("nav.households", locale: .en)))
            #expect(english.headers.first(name: "Content-Language") == "en")
            // Error pages follow the choice too.
            let missing = try await browser.get("/households/\(UUID().uuidString)")
            #expect(missing.text.contains(L("web.error.not_found", locale: .en)))

            try await browser.get("/language?to=zh-Hans")
            #expect(try await browser.get("/households").text.contains(L("nav.households", locale: .zhHans)))
        }
    }

    @Test("the language switch only returns to a local path", arguments: ["//evil.example/x", "https://evil.example", "/\\evil.example", "x", "/\t/evil.example", "/\n/evil.example", "/ok\\..\\x"])
    func localPathsOnly(back: String) async throws {
        try await withTestApp { app in
            var browser = WebClient(app: app)
            let reply = try await browser.get("/language?to=en&back=\(WebClient.encode(back))")
            #expect(reply.headers.first(name: .location) == "/")
        }
    }

    @Test("API errors follow Accept-Language")
    func apiLanguage() async throws {
        try await withTestApp { app in
            var headers = HTTPHeaders()
            headers.add(name: .acceptLanguage, value: "en-GB,en;q=0.9,zh-CN;q=0.5")
            let english = try await app.testing().sendRequest(.GET, "/api/v1/households", headers: headers)
            #expect(english.status == .unauthorized && String(buffer: english.body).contains(L("web.error.unauthorized", locale: .en)))
            let chinese = try await app.testing().sendRequest(.GET, "/api/v1/households")
            #expect(String(buffer: chinese.body).contains(L("web.error.unauthorized", locale: .zhHans)))
        }
    }

    @Test("Accept-Language picks the first language Doudi speaks")
    func preferredLanguage() {
        #expect(LocaleMiddleware.preferred(acceptLanguage: "fr-FR, en-US;q=0.8") == .en)
        #expect(LocaleMiddleware.preferred(acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8") == .zhHans)
        #expect(LocaleMiddleware.preferred(acceptLanguage: "de") == nil)
    }
}
