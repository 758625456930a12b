@testable import App
import DoudiDomain
import Foundation
import OpenAPIKit30
import Testing
import Vapor

@Suite("JSON API")
struct APITests {
    @Test("a bearer token reads the caller's area; cookies are not accepted by the API")
    func scopedReads() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var api = WebClient(app: app)
            try await api.apiLogin("suozhen")
            let list = try await api.get("/api/v1/households")
            #expect(list.status == .ok && list.text.contains("S001") && !list.text.contains("T001"))
            let detail = try await api.get("/api/v1/households/\(world.ownHousehold.id.uuidString)")
            #expect(detail.status == .ok && !detail.text.contains(WebWorld.ownID))
            let person = try await api.get("/api/v1/persons/\(world.ownPerson.id.uuidString)")
            #expect(person.status == .ok && person.text.contains("\"idNumberMasked\""))
            let reveal = try await api.json(.POST, "/api/v1/persons/\(world.ownPerson.id.uuidString)/reveal")
            #expect(reveal.status == .ok && reveal.text.contains(WebWorld.ownID))
            #expect(try await lastEntry(app).action == AuditAction.idReveal)
            let patch = try await api.json(.PATCH, "/api/v1/households/\(world.ownHousehold.id.uuidString)", ["address": "东岳路2号"])
            #expect(patch.status == .ok && patch.text.contains("东岳路2号"))

            var browser = WebClient(app: app)
            try await browser.login("suozhen")
            let cookieOnly = try await browser.get("/api/v1/households")
            #expect(cookieOnly.status == .unauthorized && cookieOnly.text.contains("\"error\""))
            #expect(try await api.json(.DELETE, "/api/v1/session").status == .noContent)
            #expect(try await api.get("/api/v1/households").status == .unauthorized)
        }
    }

    @Test("API login shares the lockout")
    func apiLockout() async throws {
        try await withTestApp { app in
            _ = try await WebWorld.make(app)
            var api = WebClient(app: app)
            for _ in 1...5 { #expect(try await api.json(.POST, "/api/v1/session", ["username": "suozhen", "password": "x1"]).status == .unauthorized) }
            let sixth = try await api.json(.POST, "/api/v1/session", ["username": "suozhen", "password": "x1"])
            #expect(sixth.status == .locked && sixth.text.contains("账户已锁定"))
        }
    }

    @Test("/api/openapi.json validates as OpenAPI 3 and lists exactly the API routes")
    func openAPI() async throws {
        try await withTestApp { app in
            var client = WebClient(app: app)
            let reply = try await client.get("/api/openapi.json")
            #expect(reply.status == .ok)
            let document = try JSONDecoder().decode(OpenAPI.Document.self, from: Data(reply.text.utf8))
            try document.validate()
            #expect(document.openAPIVersion.rawValue.hasPrefix("3.0"))
            var documented = Set<String>()
            for (path, item) in document.paths {
                guard let item = item.b else { continue }
                for endpoint in item.endpoints { documented.insert("\(endpoint.method.rawValue.uppercased()) \(path.rawValue)") }
            }
            let registered = Set(app.routes.all.compactMap { route -> String? in
                let path = "/" + route.path.map { component -> String in
                    if case let .parameter(name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                guard path.hasPrefix("/api/v1/") else { return nil }
                return "\(route.method.rawValue) \(path)"
            })
            #expect(documented == registered)
        }
    }

    @Test("the schemas name exactly the fields the API sends")
    func schemasMatchDTOs() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            var api = WebClient(app: app)
            try await api.apiLogin("county")
            let schemas = OpenAPISchemas.all
            func properties(_ name: String) -> Set<String> {
                Set(((schemas[name] as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
            }
            func keys(_ text: String) throws -> Set<String> {
                Set((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?.keys.map { $0 } ?? [])
            }
            let person = try await api.get("/api/v1/persons/\(world.ownPerson.id.uuidString)")
            #expect(try keys(person.text).isSubset(of: properties("Person")))
            let dossier = try await api.get("/api/v1/households/\(world.ownHousehold.id.uuidString)")
            #expect(try keys(dossier.text) == properties("Dossier"))
            let page = try await api.get("/api/v1/households")
            #expect(try keys(page.text) == properties("HouseholdPage"))
            let region = try await api.get("/api/v1/regions")
            #expect(try keys(region.text) == properties("RegionNode"))
            let policy = try await api.get("/api/v1/policy?region=370321&date=2024-05-01")
            #expect(try keys(policy.text) == properties("Policy"))
        }
    }
}
