@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

/// A reference import killed midway (SIGKILL, no chance to clean up) leaves no batch:
/// the batch row and its audit entry commit only after the files are in place, and the
/// next import of the same file completes normally. Runs the real `doudi` binary.
@Suite(.serialized) struct ReferenceImportKillTests {
    static let rows = 200_000

    /// `rows` vehicles with valid owner IDs, each a different plate.
    static func vehiclesFile() -> Data {
        var text = "公民身份号码,号牌号码,车辆类型,车辆价值,登记日期\n"
        text.reserveCapacity(rows * 64)
        for index in 0..<rows {
            let id = testID("3703211970" + String(format: "%02d%02d", index % 12 + 1, index % 28 + 1) + String(format: "%03d", index % 1000))
            text += "\(id),鲁C\(String(format: "%05d", index % 100_000))\(index / 100_000),小型轿车,\(50_000 + index % 1000),2020-01-01\n"
        }
        return Data(text.utf8)
    }

    struct Setup {
        let directory: URL
        var environment: [String: String] {
            let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return ProcessInfo.processInfo.environment.merging([
                "DOUDI_SQLITE": directory.appendingPathComponent("doudi.sqlite").path,
                "DOUDI_DATA_DIR": directory.appendingPathComponent("data").path,
                "DOUDI_AUDIT_KEY_FILE": directory.appendingPathComponent("audit.key").path,
                "DOUDI_POLICY_DIR": repository.appendingPathComponent("policy").path,
            ]) { $1 }
        }

        /// The database the child processes use, opened in this process.
        func withApp<T>(_ body: (Application) async throws -> T) async throws -> T {
            let app = try await Application.make(.testing)
            do {
                try await configure(app, configuration: AppConfiguration(
                    database: .sqliteFile(path: environment["DOUDI_SQLITE"]!), auditKey: .file(path: environment["DOUDI_AUDIT_KEY_FILE"]!),
                    dataDirectory: environment["DOUDI_DATA_DIR"]!))
                try await app.autoMigrate()
                let result = try await body(app)
                try await app.asyncShutdown()
                return result
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        }

        func importProcess(file: URL) throws -> Process {
            let binary = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                .deletingLastPathComponent().appendingPathComponent("doudi")
            guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw CommandFailure("no doudi binary at \(binary.path)") }
            let process = Process()
            process.executableURL = binary
            process.arguments = ["import", "reference", "--kind", "vehicles", "--source", "县公安局交警大队", "--as-of", "2026-10-31",
                                 "--as", "admin", file.path]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
    }

    @Test("killing the import at any moment leaves no batch; importing again commits it whole")
    func killMidway() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let setup = Setup(directory: directory)
        try await setup.withApp { app in
            _ = try await UserStore(sql: app.db as! any SQLDatabase)
                .create(.init(username: "admin", displayName: "admin", role: .administrator, scope: RegionCode("370000000000")!))
        }
        let file = directory.appendingPathComponent("vehicles.csv")
        try Self.vehiclesFile().write(to: file)

        // Killed at several moments: while reading and validating, and later on.
        for delay in [0.2, 0.8, 1.5] {
            let process = try setup.importProcess(file: file)
            try process.run()
            try await Task.sleep(for: .seconds(delay))
            try #require(process.isRunning, "the import finished within \(delay) s: make the file bigger")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            let (batches, audits) = try await setup.withApp { app in
                (try await count("reference_batches", on: app),
                 try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM audit_log WHERE action LIKE 'reference%'").first()?
                    .decode(column: "n", as: Int.self) ?? -1)
            }
            #expect(batches == 0 && audits == 0, "killed after \(delay) s")
        }

        let process = try setup.importProcess(file: file)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let valid = try await setup.withApp { app in
            try await ReferenceBatchStore(sql: app.db as! any SQLDatabase).batches(within: RegionCode("370000000000")!, kind: .vehicles, limit: 10)
                .map(\.rowsValid)
        }
        #expect(valid == [Self.rows])
    }
}
