@testable import App
import DoudiDomain
import Foundation
import Testing
import Vapor

@Suite("Payment import")
struct PaymentImportTests {
    static let header = "证号,发放月份,金额,发放日期,状态,流水号"
    static var validFile: RecordCSV {
        RecordCSV(header, [
            "DB001,2026-01,1200.50,2026-01-10,已发放,YBT0001",
            "DB001,2026-02,1200.50,2026-02-10,已发放,YBT0002",
        ])
    }

    /// The seeded registry with one enrollment per township: DB001 (索镇) and DB101 (唐山镇).
    static func seed(_ app: Application) async throws -> TestUsers {
        let users = try await seedRegistry(on: app)
        let enrollments = RecordCSV(EnrollmentImportTests.header, [
            "DB001,H001,低保,在保,整户,,1200.50,,2024-01-01,,,",
            "DB101,H002,低保,在保,整户,,300,,2024-01-01,,,",
        ])
        try await seedRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), enrollments, as: users.county)
        return users
    }

    @Test("payments import onto their enrollment, and importing again changes nothing")
    func importIsIdempotent() async throws {
        try await withTestApp { app in
            let users = try await Self.seed(app)
            // MUT + validate
            try await expectIdempotentImport(PaymentImporter(database: app.db, auditKey: app.auditKey), Self.validFile, as: users.suozhen, table: "payments", on: app)
            #expect(try await stored("amount_fen", as: Int64.self, in: "payments", where: "reference", equals: "YBT0002", on: app) == [120_050])
            #expect(try await stored("region_code", as: String.self, in: "payments", where: "reference", equals: "YBT0001", on: app) == ["370321001001"])
            #expect(try await stored("month", as: String.self, in: "payments", where: "reference", equals: "YBT0001", on: app) == ["2026-01"])
        }
    }

    @Test("a changed payment is updated in place, with the before-image in history")
    func changeKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await Self.seed(app)
            var changed = Self.validFile
            changed.rows[1][4] = "已退回"
            // MUT + validate
            try await expectChangeWithHistory(PaymentImporter(database: app.db, auditKey: app.auditKey), from: Self.validFile, to: changed, as: users.suozhen,
                                              record: "payments", where: "reference", equals: "YBT0002", before: "\"paid\"", on: app)
            #expect(try await stored("status", as: String.self, in: "payments", where: "reference", equals: "YBT0002", on: app) == ["returned"])
        }
    }

    @Test("a malformed file imports nothing and reports every problem")
    func malformedFileIsRejectedWhole() async throws {
        try await withTestApp { app in
            let users = try await Self.seed(app)
            var csv = Self.validFile
            csv.add("DB001,2026-13,100,,已发放,")          // bad month
            csv.add("DB001,2026-03,12.345,,已发放,")       // three decimals
            csv.add("DB001,2026-04,-1,,已发放,")           // negative
            csv.add("DB001,2026-05,100,,到账,")            // unknown status
            csv.add("DB999,2026-01,100,,已发放,")          // unknown enrollment
            csv.add(",2026-01,100,,已发放,")               // missing 证号
            csv.add("DB001,2026-02,999,2026-02-10,已发放,") // same month, other amount
            csv.rows.append(csv.rows[0])                  // exact duplicate
            // MUT
            let outcome = try await importRecords(PaymentImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: [
                "import.error.month.invalid", "import.error.money.invalid", "import.error.value.negative",
                "import.error.value.invalid", "import.error.enrollment.unknown", "import.error.required",
                "import.error.record_repeated", "import.error.duplicate_row",
            ], lines: Set(4...11), table: "payments", on: app)
        }
    }

    @Test("another township's enrollment is refused")
    func foreignTownshipRejected() async throws {
        try await withTestApp { app in
            let users = try await Self.seed(app)
            let csv = RecordCSV(Self.header, ["DB001,2026-01,1200.50,,已发放,", "DB101,2026-01,300,,已发放,"])
            // MUT
            let outcome = try await importRecords(PaymentImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            let county = try await importRecords(PaymentImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.county)
            // validate
            #expect(outcome.errors.map(\.reasonKey) == ["import.error.registered_elsewhere"])
            #expect(outcome.errors.map(\.line) == [3])
            #expect(county.succeeded && county.added == 2)
        }
    }
}
