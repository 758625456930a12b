@testable import App
import Foundation
import Testing
import Vapor

/// The server refuses to start on a bad policy tree, naming file, line and reason.
@Suite("Policy at start-up")
struct PolicyStartupTests {
    @Test("a malformed parameter file stops configure() with its file and line")
    func refusesBadPolicy() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: "policy"), to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "name: 全国\nparameters:\n  dibao.no_such_key:\n    - {from: 2020-01-01, value: 1, source: x}\n"
            .write(to: directory.appendingPathComponent("national.yaml"), atomically: true, encoding: .utf8)
        let app = try await Application.make(.testing)
        let configuration = AppConfiguration(database: .sqliteMemory, auditKey: .fixed(testAuditKey), accounts: testAccountSettings,
                                             policyDirectory: directory.path)
        await #expect {
            try await configure(app, configuration: configuration)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("national.yaml") && text.contains("第 3 行") && text.contains("dibao.no_such_key")
        }
        try await app.asyncShutdown()
    }
}
