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
        let summary: String
        var parameters: [JSON] = []
        var body: String? = nil
        let response: (status: Int, schema: String?)
        var secured = true
    }

    static var operations: [Operation] { [
        Operation(method: "post", path: "/api/v1/session", summary: "登录，签发访问令牌（连续失败将锁定账户）",
                  body: "LoginRequest", response: (201, "Token"), secured: false),
        Operation(method: "delete", path: "/api/v1/session", summary: "注销当前令牌", response: (204, nil)),
        Operation(method: "get", path: "/api/v1/households", summary: "按区划、救助状态浏览家庭（分页）",
                  parameters: [query("regionCode", "string"), query("status", "string"), query("page", "integer")],
                  response: (200, "HouseholdPage")),
        Operation(method: "post", path: "/api/v1/households/search", summary: "按姓名、身份证号等检索家庭（身份证号只在请求体中）",
                  body: "HouseholdSearch", response: (200, "HouseholdPage")),
        Operation(method: "get", path: "/api/v1/households/{key}", summary: "家庭详情：成员、关系人、收入、财产、救助、发放、变更历史",
                  parameters: [pathKey("key")], response: (200, "Dossier")),
        Operation(method: "patch", path: "/api/v1/households/{key}", summary: "修改家庭住址或城乡属性",
                  parameters: [pathKey("key")], body: "HouseholdPatch", response: (200, "Household")),
        Operation(method: "get", path: "/api/v1/persons/{key}", summary: "人员详情（身份证号已脱敏）",
                  parameters: [pathKey("key")], response: (200, "Person")),
        Operation(method: "post", path: "/api/v1/persons/{key}/reveal", summary: "查看完整身份证号（记入审计日志）",
                  parameters: [pathKey("key")], response: (200, "RevealedID")),
        Operation(method: "get", path: "/api/v1/regions", summary: "本人辖区的区划及下级", response: (200, "RegionNode")),
        Operation(method: "get", path: "/api/v1/regions/{code}", summary: "指定区划及下级（须在辖区内）",
                  parameters: [pathParameter("code", pattern: "^[0-9]{12}$")], response: (200, "RegionNode")),
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
                "summary": operation.summary,
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
            "info": ["title": "Doudi 兜底 API", "version": "1.0.0",
                     "description": "社会救助登记数据接口。所有数据按调用者辖区过滤；辖区外的记录与不存在的记录同样返回 404。身份证号默认脱敏，完整号码须调用 reveal 接口并记入审计日志。"],
            "paths": paths,
            "components": ["schemas": OpenAPISchemas.all,
                           "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]]],
        ]
    }

    private static func responses(_ operation: Operation) -> JSON {
        var responses: JSON = [:]
        let status = String(operation.response.status)
        if let schema = operation.response.schema {
            responses[status] = ["description": "成功", "content": ["application/json": ["schema": ref(schema)]]]
        } else {
            responses[status] = ["description": "成功"]
        }
        for (code, text) in [("400", "请求有误"), ("401", "未登录或令牌无效"), ("403", "角色无此权限"), ("404", "不存在或不在辖区内")] {
            responses[code] = ["description": text, "content": ["application/json": ["schema": ref("Error")]]]
        }
        if operation.path == "/api/v1/session" && operation.method == "post" {
            responses["423"] = ["description": "账户已锁定", "content": ["application/json": ["schema": ref("Error")]]]
        }
        return responses
    }

    static func ref(_ name: String) -> JSON { ["$ref": "#/components/schemas/\(name)"] }

    private static func query(_ name: String, _ type: String) -> JSON {
        ["name": name, "in": "query", "required": false, "schema": ["type": type]]
    }

    private static func pathKey(_ name: String) -> JSON {
        ["name": name, "in": "path", "required": true, "description": "不透明记录键", "schema": ["type": "string", "format": "uuid"]]
    }

    private static func pathParameter(_ name: String, pattern: String) -> JSON {
        ["name": name, "in": "path", "required": true, "schema": ["type": "string", "pattern": pattern]]
    }
}
