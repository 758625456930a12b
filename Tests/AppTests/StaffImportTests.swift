@testable import App
import DoudiDomain
import Foundation
import Testing

@Suite("Staff import")
struct StaffImportTests {
    static let header = "工号,姓名,公民身份号码,岗位,所属区划"
    static var validFile: RecordCSV {
        RecordCSV(header, [
            "S01,赵敏,\(testID("37032119800101021")),乡镇经办人员,370321001000",
            "S02,钱进,\(testID("37032119810202032")),村干部,370321001001",
        ])
    }

    @Test("a roster imports, and importing it again changes nothing")
    func importIsIdempotent() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            // MUT + validate
            try await expectIdempotentImport(StaffImporter(database: app.db, auditKey: app.auditKey), Self.validFile, as: users.suozhen, table: "staff", on: app)
            #expect(try await stored("post", as: String.self, in: "staff", where: "staff_no", equals: "S02", on: app) == ["village_official"])
            #expect(try await stored("region_code", as: String.self, in: "staff", where: "staff_no", equals: "S01", on: app) == ["370321001000"])
        }
    }

    @Test("a changed entry is updated in place, with the before-image in history")
    func changeKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var changed = Self.validFile
            changed.rows[1][1] = "钱进才"
            // MUT + validate
            try await expectChangeWithHistory(StaffImporter(database: app.db, auditKey: app.auditKey), from: Self.validFile, to: changed, as: users.suozhen,
                                              record: "staff", where: "staff_no", equals: "S02", before: "\"钱进\"", on: app)
            #expect(try await stored("name", as: String.self, in: "staff", where: "staff_no", equals: "S02", on: app) == ["钱进才"])
        }
    }

    @Test("a malformed roster imports nothing and reports every problem")
    func malformedFileIsRejectedWhole() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var csv = Self.validFile
            csv.add("S03,孙立,370321195001010012,乡镇经办人员,370321001000")              // bad checksum
            csv.add("S04,李强,\(testID("37032119820303043")),站长,370321001000")          // unknown post
            csv.add("S05,周正,\(testID("37032119830404054")),村干部,3703210010")          // region format
            csv.add("S06,,\(testID("37032119840505065")),村干部,370321001001")            // missing name
            csv.add("S07,吴用,\(testID("37032119850606076")),村干部,370321001099")         // unknown region
            csv.add("S02,钱进才,\(testID("37032119810202032")),村干部,370321001001")       // 工号 repeated, other content
            csv.rows.append(csv.rows[0])                                                    // exact duplicate
            // MUT
            let outcome = try await importRecords(StaffImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: [
                "import.error.id.checksum", "import.error.value.invalid", "import.error.region.format", "import.error.required",
                "import.error.region.unknown", "import.error.record_repeated", "import.error.duplicate_row",
            ], lines: Set(4...10), table: "staff", on: app)
            #expect(try await batchKinds(on: app).contains("staff") == false)
        }
    }

    @Test("another township's area and 工号 are refused")
    func foreignTownshipRejected() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            let theirs = RecordCSV(Self.header, ["T01,唐伟,\(testID("37032119790101011")),乡镇经办人员,370321100000"])
            try await seedRecords(StaffImporter(database: app.db, auditKey: app.auditKey), theirs, as: users.tangshan)
            let csv = RecordCSV(Self.header, [
                "S01,赵敏,\(testID("37032119800101021")),村干部,370321100201",   // a village of 唐山镇
                "T01,唐伟,\(testID("37032119790101011")),乡镇经办人员,370321001000",  // 唐山镇's 工号
            ])
            // MUT
            let outcome = try await importRecords(StaffImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            #expect(outcome.errors.map(\.reasonKey) == ["import.error.region.out_of_scope", "import.error.staff.elsewhere"])
            #expect(try await stored("region_code", as: String.self, in: "staff", where: "staff_no", equals: "T01", on: app) == ["370321100000"])
            #expect(try await count("staff", on: app) == 1)
        }
    }
}
