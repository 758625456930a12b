import DoudiDomain
import Foundation
import Vapor

/// The OpenAPI 3.0 description of `/api/v1`, served at `/api/openapi.json`. Built in
/// code next to the routes; a test checks that it lists exactly the routes the app
/// registers, that it validates, and that the schemas name the fields the API sends.
enum OpenAPIDocument {
    typealias JSON = [String: Any]

    struct Operation {
        let method: String
        let path: String
        /// A localization key.
        let summary: String
        var parameters: [JSON] = []
        var body: String? = nil
        let response: (status: Int, schema: String?)
        var secured = true
    }

    static var operations: [Operation] { [
        Operation(method: "post", path: "/api/v1/session", summary: "api.operation.post.session",
                  body: "LoginRequest", response: (201, "Token"), secured: false),
        Operation(method: "delete", path: "/api/v1/session", summary: "api.operation.delete.session", response: (204, nil)),
        Operation(method: "get", path: "/api/v1/households", summary: "api.operation.get.households",
                  parameters: [query("regionCode", "string"), query("status", "string"), query("page", "integer")],
                  response: (200, "HouseholdPage")),
        Operation(method: "post", path: "/api/v1/households/search", summary: "api.operation.post.households.search",
                  body: "HouseholdSearch", response: (200, "HouseholdPage")),
        Operation(method: "get", path: "/api/v1/households/{key}", summary: "api.operation.get.households.key",
                  parameters: [pathKey("key")], response: (200, "Dossier")),
        Operation(method: "patch", path: "/api/v1/households/{key}", summary: "api.operation.patch.households.key",
                  parameters: [pathKey("key")], body: "HouseholdPatch", response: (200, "Household")),
        Operation(method: "get", path: "/api/v1/persons/{key}", summary: "api.operation.get.persons.key",
                  parameters: [pathKey("key")], response: (200, "Person")),
        Operation(method: "post", path: "/api/v1/persons/{key}/reveal", summary: "api.operation.post.persons.key.reveal",
                  parameters: [pathKey("key")], response: (200, "RevealedID")),
        Operation(method: "get", path: "/api/v1/regions", summary: "api.operation.get.regions", response: (200, "RegionNode")),
        Operation(method: "get", path: "/api/v1/regions/{code}", summary: "api.operation.get.regions.code",
                  parameters: [pathParameter("code", pattern: "^[0-9]{12}$")], response: (200, "RegionNode")),
        Operation(method: "get", path: "/api/v1/policy", summary: "api.operation.get.policy",
                  parameters: [query("region", "string"), query("date", "string"), query("urban_consumption", "string"),
                               query("rural_consumption", "string")], response: (200, "Policy")),
        Operation(method: "get", path: "/api/v1/findings", summary: "api.operation.get.findings",
                  parameters: [query("region", "string"), query("rule", "string"), query("severity", "string"), query("status", "string"),
                               query("page", "integer")], response: (200, "FindingPage")),
        Operation(method: "get", path: "/api/v1/findings/{key}", summary: "api.operation.get.findings.key",
                  parameters: [pathKey("key")], response: (200, "Finding")),
        Operation(method: "post", path: "/api/v1/findings/{key}/decision", summary: "api.operation.post.findings.key.decision",
                  parameters: [pathKey("key")], body: "FindingDecisionRequest", response: (200, "Finding")),
    ] }

    @Sendable static func serve(req: Request) async throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: document(), options: [.sortedKeys, .prettyPrinted])
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    static func document() -> JSON {
        var paths: [String: JSON] = [:]
        for operation in operations {
            var entry: JSON = [
                "summary": L(operation.summary),
                "operationId": operation.method + operation.path.split(separator: "/").map { $0.replacingOccurrences(of: "{", with: "By").replacingOccurrences(of: "}", with: "") }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
                "responses": responses(operation),
            ]
            if !operation.parameters.isEmpty { entry["parameters"] = operation.parameters }
            if let body = operation.body {
                entry["requestBody"] = ["required": true, "content": ["application/json": ["schema": ref(body)]]]
            }
            entry["security"] = operation.secured ? [["bearer": [String]()]] : [JSON]()
            paths[operation.path, default: [:]][operation.method] = entry
        }
        return [
            "openapi": "3.0.3",
            "info": ["title": L("api.title"), "version": "1.0.0", "description": L("api.description")],
            "paths": paths,
            "components": ["schemas": OpenAPISchemas.all,
                           "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]]],
        ]
    }

    private static func responses(_ operation: Operation) -> JSON {
        var responses: JSON = [:]
        let status = String(operation.response.status)
        if let schema = operation.response.schema {
            responses[status] = ["description": L("api.response.ok"), "content": ["application/json": ["schema": ref(schema)]]]
        } else {
            responses[status] = ["description": L("api.response.ok")]
        }
        var errors = ["400", "401", "403", "404"]
        if operation.path == "/api/v1/session" && operation.method == "post" { errors.append("423") }
        for code in errors {
            responses[code] = ["description": L("api.response.\(code)"), "content": ["application/json": ["schema": ref("Error")]]]
        }
        return responses
    }

    static func ref(_ name: String) -> JSON { ["$ref": "#/components/schemas/\(name)"] }

    private static func query(_ name: String, _ type: String) -> JSON {
        ["name": name, "in": "query", "required": false, "schema": ["type": type]]
    }

    private static func pathKey(_ name: String) -> JSON {
        ["name": name, "in": "path", "required": true, "description": L("api.parameter.key"), "schema": ["type": "string", "format": "uuid"]]
    }

    private static func pathParameter(_ name: String, pattern: String) -> JSON {
        ["name": name, "in": "path", "required": true, "schema": ["type": "string", "pattern": pattern]]
    }
}
