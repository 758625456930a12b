@testable import App
import DoudiDomain
import Foundation
import Testing

/// Batches of one kind compared over time: a record is its subject and natural key (a car's
/// plate), so a revalued car is changed, a sold one removed, a new one added.
@Suite struct ReferenceBatchComparisonTests {
    static func vehicles(_ rows: [(String, String, String)]) -> Data {
        let lines = ["公民身份号码,号牌号码,车辆类型,车辆价值,登记日期"] + rows.map { "\($0.0),\($0.1),小型轿车,\($0.2),2020-01-01" }
        return Data(lines.joined(separator: "\n").utf8)
    }

    @Test("rows added, removed and changed between two batches, by line")
    func compare() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let importer = ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles)
            let (a, b, c) = (testID("37032119700101001"), testID("37032119700101002"), testID("37032119700101003"))
            func load(_ data: Data) async throws -> App.ReferenceBatchComparison.Side {
                let outcome = try await importer.run(ReferenceImportRequest(
                    kind: .vehicles, sourceDepartment: "县交警大队", asOf: CivilDate(iso: "2026-10-31")!,
                    file: ImportRequest(fileName: "v.csv", data: data, caller: users.county, today: testToday, now: testNow)))
                let batch = try #require(outcome.batch)
                return .init(columns: try app.referenceFiles.columns(batch.contentSHA256),
                             rows: try ValidatedFileRows(url: app.referenceFiles.validatedFile(batch.contentSHA256)))
            }
            // MUT
            let old = try await load(Self.vehicles([(a, "鲁C00001", "50000"), (b, "鲁C00002", "60000"), (c, "鲁C00003", "70000")]))
            let new = try await load(Self.vehicles([(b, "鲁C00002", "45000"), (c, "鲁C00003", "70000"), (c, "鲁C00004", "90000")]))
            let comparison = ReferenceBatchComparison(kind: .vehicles, old: old, new: new)
            let same = ReferenceBatchComparison(kind: .vehicles, old: new, new: new)
            // validate
            #expect((comparison.added, comparison.removed, comparison.changed, comparison.unchanged) == (1, 1, 1, 1))
            #expect(Set(comparison.entries.map { "\($0.change.rawValue)@\($0.line)" }) == ["added@4", "removed@2", "changed@2"])
            #expect((same.added, same.removed, same.changed, same.unchanged) == (0, 0, 0, 3))
        }
    }
}
