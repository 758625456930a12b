@testable import App
import DoudiDomain
import Foundation
import Logging
import Synchronization
import Testing
import Vapor

/// Everything the test process logs, through the same redacting handler production uses.
final class CapturedLog: Sendable {
    static let shared = CapturedLog()
    let lines = Mutex<[String]>([])

    /// Installed once per process, before the test's app (and its loggers) exist.
    static let installed: Void = {
        LoggingSystem.bootstrap { label in RedactingLogHandler(wrapping: CaptureHandler(label: label)) }
    }()

    struct CaptureHandler: LogHandler {
        let label: String
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
                 file: String, function: String, line: UInt) {
            let all = self.metadata.merging(metadata ?? [:]) { $1 }
            let text = "\(level) [\(label)] \(message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))"
            CapturedLog.shared.lines.withLock { $0.append(text) }
        }
    }
}

@Suite("Log privacy")
struct LogPrivacyTests {
    @Test("after searching, displaying and revealing ID numbers, no ID number is in the server log")
    func noIDNumbersInLog() async throws {
        CapturedLog.installed
        try await withTestApp { app in
            app.logger.logLevel = .trace
            let world = try await WebWorld.make(app)
            var browser = WebClient(app: app)
            try await browser.login(WebWorld.ownID, "wrong-passw0rd")
            try await browser.login(world.townshipUser[.windowClerk]!)
            try await browser.post("/households/search", form: ["idNumber": WebWorld.ownID])
            try await browser.post("/households/search", form: ["idNumber": WebWorld.foreignID])
            try await browser.get("/households/\(world.ownHousehold.id.uuidString)")
            let revealed = try await browser.post("/persons/\(world.ownPerson.id.uuidString)/reveal")
            #expect(revealed.text.contains(WebWorld.ownID))
            try await browser.post("/households/search", form: ["idNumber": "not-an-id-" + WebWorld.ownID])
            var api = WebClient(app: app)
            try await api.apiLogin(world.townshipUser[.countyApprover]!)
            try await api.json(.POST, "/api/v1/households/search", ["idNumber": WebWorld.ownID])
            try await api.json(.POST, "/api/v1/persons/\(world.ownPerson.id.uuidString)/reveal")
            try await api.json(.POST, "/api/v1/households/search", ["idNumber": WebWorld.ownID, "page": "not a number"])
        }
        let lines = CapturedLog.shared.lines.withLock { $0 }
        // The capture works: the requests above were logged …
        #expect(lines.contains { $0.contains("POST /households/search") })
        #expect(lines.contains { $0.contains("POST /api/v1/persons/") })
        // … and no line has an ID number, nor its 17-digit body.
        for id in [WebWorld.ownID, WebWorld.foreignID] {
            let leaks = lines.filter { $0.contains(id) || $0.contains(id.prefix(17)) }
            #expect(leaks.isEmpty, "\(leaks.prefix(3).map { IDNumberRedaction.redact($0) })")
        }
    }
}
