@testable import App
import DoudiDomain
import Foundation
import Testing

@Suite("Income import")
struct IncomeImportTests {
    static let header = "公民身份号码,收入类别,收入项目,金额,起始月份,截止月份,来源"
    static var validFile: RecordCSV {
        RecordCSV(header, [
            "\(TestPersons.zhang),工资性收入,务工收入,6000,2026-01,2026-06,申报",
            "\(TestPersons.li),转移净收入,赡养费,1200,2026-01,2026-12,核对",
        ])
    }

    @Test("incomes import onto the person's household, and importing again changes nothing")
    func importIsIdempotent() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            // MUT + validate
            try await expectIdempotentImport(IncomeImporter(database: app.db, auditKey: app.auditKey), Self.validFile, as: users.suozhen,
                                             table: "income_records", on: app)
            let household = try await stored("id", as: UUID.self, in: "households", where: "household_no", equals: "H001", on: app)
            #expect(try await stored("household_id", as: UUID.self, in: "income_records", where: "item", equals: "赡养费", on: app) == household)
            #expect(try await stored("amount_fen", as: Int64.self, in: "income_records", where: "item", equals: "务工收入", on: app) == [600_000])
            #expect(try await stored("region_code", as: String.self, in: "income_records", where: "item", equals: "务工收入", on: app) == ["370321001001"])
        }
    }

    @Test("a changed amount is updated in place, with the before-image in history")
    func changeKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var changed = Self.validFile
            changed.rows[0][3] = "6500"
            // MUT + validate
            try await expectChangeWithHistory(IncomeImporter(database: app.db, auditKey: app.auditKey), from: Self.validFile, to: changed, as: users.suozhen,
                                              record: "income_records", where: "item", equals: "务工收入", before: "600000", on: app)
            #expect(try await stored("amount_fen", as: Int64.self, in: "income_records", where: "item", equals: "务工收入", on: app) == [650_000])
        }
    }

    @Test("a malformed file imports nothing and reports every problem")
    func malformedFileIsRejectedWhole() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            // The child leaves the household: a person without one cannot have household income.
            let registry = Registry(database: app.db, caller: users.suozhen, auditKey: app.auditKey, origin: "test")
            let household = try #require(try await registry.households(HouseholdQuery(householdNo: "H001")).first)
            let child = try #require(try await registry.members(ofHousehold: household.id).first { $0.person.idNumber.value == TestPersons.child })
            try await registry.endMembership(id: child.membership.id, on: testToday, at: testNow)
            var csv = Self.validFile
            csv.add("\(TestPersons.outsider),工资性收入,务工收入,100,2026-01,2026-01,")  // not registered
            csv.add("\(TestPersons.zhang),彩票,中奖,100,2026-01,2026-01,")              // unknown category
            csv.add("\(TestPersons.zhang),其他收入,补偿,100,2026-06,2026-01,")          // months reversed
            csv.add("\(TestPersons.zhang),其他收入,补偿,一百,2026-01,2026-01,")         // amount not a number
            csv.add("370321195001010012,其他收入,补偿,100,2026-01,2026-01,")             // bad checksum
            csv.add("\(TestPersons.child),工资性收入,兼职,100,2026-01,2026-01,")        // no current household
            csv.rows.append(csv.rows[1])                                                  // exact duplicate
            // MUT
            let outcome = try await importRecords(IncomeImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: [
                "import.error.person.unknown", "import.error.value.invalid", "import.error.month.end_before_start",
                "import.error.money.invalid", "import.error.id.checksum", "import.error.person.no_household",
                "import.error.duplicate_row",
            ], lines: Set(4...10), table: "income_records", on: app)
        }
    }

    @Test("a person of another township is refused")
    func foreignTownshipRejected() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var csv = Self.validFile
            csv.add("\(TestPersons.wang),工资性收入,务工收入,3000,2026-01,2026-06,申报")
            // MUT
            let outcome = try await importRecords(IncomeImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: ["import.error.registered_elsewhere"], lines: [4], table: "income_records", on: app)
        }
    }
}
