@testable import App
import DoudiDomain
import Foundation
import Testing
import Vapor

@Suite("ADL assessment import")
struct ADLImportTests {
    static let header = "公民身份号码,评估日期,评估人,进食,穿衣,上下床,如厕,室内行走,洗澡,供养方式,供养机构"
    static var validFile: RecordCSV {
        RecordCSV(header, [
            "\(TestPersons.zhang),2026-09-01,王医生,能,能,不能,能,不能,不能,分散,",
            "\(TestPersons.li),2026-09-02,王医生,能,能,能,能,能,能,,",
        ])
    }

    static func item(_ column: String, assessedOn date: String, on app: Application) async throws -> [Bool] {
        try await stored(column, as: Bool.self, in: "adl_assessments", where: "assessed_on", equals: date, on: app)
    }

    @Test("assessments import, and importing again changes nothing")
    func importIsIdempotent() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            // MUT + validate
            try await expectIdempotentImport(ADLImporter(database: app.db, auditKey: app.auditKey), Self.validFile, as: users.suozhen, table: "adl_assessments", on: app)
            #expect(try await Self.item("transferring", assessedOn: "2026-09-01", on: app) == [false])
            #expect(try await Self.item("feeding", assessedOn: "2026-09-01", on: app) == [true])
            #expect(try await Self.item("bathing", assessedOn: "2026-09-01", on: app) == [false])
            #expect(try await stored("care_form", as: String?.self, in: "adl_assessments", where: "assessed_on", equals: "2026-09-01", on: app) == ["dispersed"])
        }
    }

    @Test("a changed item is updated in place, with the before-image in history")
    func changeKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var changed = Self.validFile
            changed.rows[1][8] = "不能"
            // MUT + validate
            try await expectChangeWithHistory(ADLImporter(database: app.db, auditKey: app.auditKey), from: Self.validFile, to: changed, as: users.suozhen,
                                              record: "adl_assessments", where: "assessed_on", equals: "2026-09-02",
                                              before: "\"bathing\":true", on: app)
            #expect(try await Self.item("bathing", assessedOn: "2026-09-02", on: app) == [false])
        }
    }

    @Test("a malformed file imports nothing and reports every problem")
    func malformedFileIsRejectedWhole() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var csv = Self.validFile
            csv.add("\(TestPersons.zhang),2026-10-01,王医生,可以,能,能,能,能,能,,")      // not 能/不能
            csv.add("\(TestPersons.zhang),2026-10-02,,能,能,能,能,能,能,,")              // no assessor
            csv.add("\(TestPersons.zhang),2026-10-32,王医生,能,能,能,能,能,能,,")        // impossible date
            csv.add("\(TestPersons.zhang),2026-10-03,王医生,能,能,能,能,能,能,居家,")    // unknown care form
            csv.add("\(TestPersons.outsider),2026-10-04,王医生,能,能,能,能,能,能,,")     // not registered
            csv.rows.append(csv.rows[0])                                                  // exact duplicate
            // MUT
            let outcome = try await importRecords(ADLImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: [
                "import.error.ability.invalid", "import.error.required", "import.error.date.invalid",
                "import.error.value.invalid", "import.error.person.unknown", "import.error.duplicate_row",
            ], lines: Set(4...9), table: "adl_assessments", on: app)
        }
    }

    @Test("a person of another township is refused")
    func foreignTownshipRejected() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var csv = Self.validFile
            csv.rows[0][0] = TestPersons.wang
            // MUT
            let outcome = try await importRecords(ADLImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: ["import.error.registered_elsewhere"], lines: [2], table: "adl_assessments", on: app)
        }
    }
}
