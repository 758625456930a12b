@testable import App
import DoudiDomain
import Foundation
import Testing
import Vapor

@Suite("Asset import")
struct AssetImportTests {
    static let header = "公民身份号码,财产类别,描述,价值,数量或面积,取得日期,核对日期,来源"
    static var validFile: RecordCSV {
        RecordCSV(header, [
            "\(TestPersons.zhang),房产,东岳路1号住房,350000,86.5,2010-05-01,2026-10-01,不动产登记",
            "\(TestPersons.zhang),机动车,鲁C12345,20000,1,2018-01-01,2026-10-01,公安交管",
            "\(TestPersons.li),存款,,8000.25,,,2026-10-01,银行核对",
        ])
    }

    static func asset(_ kind: String, _ column: String, on app: Application) async throws -> [Int64?] {
        try await stored(column, as: Int64?.self, in: "asset_records", where: "kind", equals: kind, on: app)
    }

    @Test("assets import, and importing again changes nothing")
    func importIsIdempotent() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            // MUT + validate
            try await expectIdempotentImport(AssetImporter(database: app.db, auditKey: app.auditKey), Self.validFile, as: users.suozhen, table: "asset_records", on: app)
            #expect(try await Self.asset("real_estate", "quantity_hundredths", on: app) == [8650])
            #expect(try await Self.asset("deposit", "value_fen", on: app) == [800_025])
            #expect(try await Self.asset("deposit", "quantity_hundredths", on: app) == [nil])
            #expect(try await stored("description", as: String?.self, in: "asset_records", where: "kind", equals: "deposit", on: app) == [nil])
        }
    }

    @Test("a changed value is updated in place, with the before-image in history")
    func changeKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var changed = Self.validFile
            changed.rows[1][3] = "18000"
            // MUT + validate
            try await expectChangeWithHistory(AssetImporter(database: app.db, auditKey: app.auditKey), from: Self.validFile, to: changed, as: users.suozhen,
                                              record: "asset_records", where: "kind", equals: "vehicle", before: "2000000", on: app)
            #expect(try await Self.asset("vehicle", "value_fen", on: app) == [1_800_000])
        }
    }

    @Test("a malformed file imports nothing and reports every problem")
    func malformedFileIsRejectedWhole() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var csv = Self.validFile
            csv.add("\(TestPersons.zhang),古董,字画,100,,,2026-10-01,")            // unknown kind
            csv.add("\(TestPersons.zhang),其他,欠款,-100,,,2026-10-01,")            // negative value
            csv.add("\(TestPersons.zhang),其他,农机,100,两台,,2026-10-01,")         // quantity not a number
            csv.add("\(TestPersons.zhang),其他,家具,100,,,,")                       // verification date missing
            csv.add("\(TestPersons.zhang),其他,家电,100,,2020/01/01,2026-10-01,")   // date format
            csv.add("\(TestPersons.outsider),存款,,100,,,2026-10-01,")             // not registered
            csv.add("\(TestPersons.zhang),机动车,鲁C12345,25000,1,2018-01-01,2026-10-01,公安交管")  // same asset, other value
            // MUT
            let outcome = try await importRecords(AssetImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: [
                "import.error.value.invalid", "import.error.value.negative", "import.error.number.invalid",
                "import.error.required", "import.error.date.invalid", "import.error.person.unknown",
                "import.error.record_repeated",
            ], lines: Set(5...11), table: "asset_records", on: app)
        }
    }

    @Test("a person of another township is refused, and registered by their own township")
    func foreignTownshipRejected() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            let csv = RecordCSV(Self.header, ["\(TestPersons.wang),机动车,鲁C54321,30000,1,,2026-10-01,"])
            // MUT
            let outcome = try await importRecords(AssetImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            let own = try await importRecords(AssetImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.tangshan)
            // validate
            #expect(outcome.errors.map(\.reasonKey) == ["import.error.registered_elsewhere"])
            #expect(outcome.errors.first?.value == TestPersons.wang)
            #expect(own.succeeded && own.added == 1)
            #expect(try await stored("region_code", as: String.self, in: "asset_records", where: "kind", equals: "vehicle", on: app) == ["370321100201"])
        }
    }
}
