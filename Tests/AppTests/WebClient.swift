@testable import App
import Foundation
import SQLKit
import NIOCore
import Testing
import Vapor
import VaporTesting

/// A browser (cookies, CSRF tokens from the pages) or an API client (bearer token)
/// talking to a test app in memory.
struct WebClient {
    let app: Application
    var cookies: [String: String] = [:]
    /// The session's CSRF token, read from the last page that carried one.
    var csrf: String?
    var bearer: String?

    init(app: Application) { self.app = app }

    struct Reply {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let text: String
    }

    @discardableResult
    mutating func get(_ path: String) async throws -> Reply {
        try await send(.GET, path)
    }

    /// A form post; the session's (or login page's) CSRF token is added unless `csrf` is false.
    @discardableResult
    mutating func post(_ path: String, form: [String: String] = [:], csrf includeCSRF: Bool = true) async throws -> Reply {
        var fields = form
        if includeCSRF, let token = csrf { fields[CSRFMiddleware.field] = token }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: body, contentType: "application/x-www-form-urlencoded")
    }

    /// A multipart form with one file, as the import page's upload form sends it.
    @discardableResult
    mutating func upload(_ path: String, fields: [String: String], file: (field: String, name: String, data: Data)?,
                         csrf includeCSRF: Bool = true) async throws -> Reply {
        let boundary = "----doudi-test-boundary"
        var fields = fields
        if includeCSRF, let token = csrf { fields[CSRFMiddleware.field] = token }
        var body = ""
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + String(decoding: file.data, as: UTF8.self) + "\r\n"
        }
        body += "--\(boundary)--\r\n"
        return try await send(.POST, path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    @discardableResult
    mutating func json(_ method: HTTPMethod, _ path: String, _ body: [String: Any]? = nil) async throws -> Reply {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        return try await send(method, path, body: data.map { String(decoding: $0, as: UTF8.self) }, contentType: "application/json")
    }

    mutating func send(_ method: HTTPMethod, _ path: String, body: String? = nil, contentType: String? = nil) async throws -> Reply {
        var headers = HTTPHeaders()
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        if let bearer { headers.bearerAuthorization = BearerAuthorization(token: bearer) }
        if let contentType { headers.add(name: .contentType, value: contentType) }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            if value.string.isEmpty || (value.maxAge ?? 1) <= 0 { cookies[name] = nil } else { cookies[name] = value.string }
        }
        let text = String(buffer: response.body)
        if let token = Self.csrfToken(in: text) { csrf = token }
        return Reply(status: response.status, headers: response.headers, text: text)
    }

    /// Logs in through the form, as a browser does.
    @discardableResult
    mutating func login(_ username: String, _ password: String = TestPasswords.standard) async throws -> Reply {
        try await get("/login")
        let reply = try await post("/login", form: ["username": username, "password": password])
        // Like a browser, follow the redirect: the page carries the session's CSRF token.
        if reply.status == .seeOther, let location = reply.headers.first(name: .location) { try await get(location) }
        return reply
    }

    /// Gets an API token.
    mutating func apiLogin(_ username: String, _ password: String = TestPasswords.standard) async throws {
        let reply = try await json(.POST, "/api/v1/session", ["username": username, "password": password])
        #expect(reply.status == .created, "\(reply.text)")
        let object = try JSONSerialization.jsonObject(with: Data(reply.text.utf8)) as? [String: Any]
        bearer = object?["token"] as? String
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

enum TestPasswords {
    static let standard = "Test-passw0rd"
}

/// Gives existing test users a password (bcrypt at the test cost), no change required.
func setTestPassword(_ username: String, _ password: String = TestPasswords.standard, on app: Application) async throws {
    let users = UserStore(sql: app.db as! any SQLDatabase)
    let account = try #require(try await users.account(named: username))
    try await users.setPassword(of: account.id, hash: try await PasswordHashing(cost: 4).hash(password), mustChange: false)
}
