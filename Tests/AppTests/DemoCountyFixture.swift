@testable import App
import DoudiDomain
import DoudiSynthetic
import Foundation
import Testing
import Vapor

/// The demo county loaded into a test app as `doudi demo` loads it, its logins written to a
/// temporary folder removed afterwards, ages counted on the data's own last day (so what it
/// plants does not age with the clock).
enum DemoCountyFixture {
    struct Loaded {
        let summary: DemoDataSummary
        let options: DemoDataOptions
        /// The day the demo was loaded on (the data's last).
        let today: CivilDate
        /// The logins file's text, as the demo wrote it.
        let logins: String
    }

    static func load(_ app: Application, households: Int, references: Bool) async throws -> Loaded {
        let options = DemoDataOptions(references: references, households: households)
        var loader = DemoLoader(app: app, console: Terminal(), options: options)
        let logins = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logins, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logins) }
        loader.loginsDirectory = logins
        loader.today = options.asOf.lastDay
        let summary = try #require(try await loader.loadIfEmpty())
        return Loaded(summary: summary, options: options, today: loader.today, logins: try String(contentsOfFile: loader.loginsPath, encoding: .utf8))
    }
}
