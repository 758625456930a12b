@testable import App
import DoudiDomain
import Foundation
import Testing
import Vapor

@Suite("Enrollment import")
struct EnrollmentImportTests {
    static let header = "证号,户编号,救助项目,状态,保障方式,保障成员身份证号,月保障金额,分类施保类别,开始日期,结束日期,受理人工号,审批人工号"
    static var validFile: RecordCSV {
        RecordCSV(header, [
            "DB001,H001,低保,在保,整户,,1200.50,老年人、未成年人,2024-01-01,,S02,S01",
            "DB002,H001,重度残疾人护理补贴,在保,单人,\(TestPersons.child),100,,2024-03-01,,,",
        ])
    }

    /// The seeded registry plus a roster: county staff S01, 索镇 S02, 唐山镇 S03.
    static func seed(_ app: Application) async throws -> TestUsers {
        let users = try await seedRegistry(on: app)
        let staff = RecordCSV(StaffImportTests.header, [
            "S01,赵敏,\(testID("37032119800101021")),县级经办人员,370321000000",
            "S02,钱进,\(testID("37032119810202032")),乡镇经办人员,370321001000",
            "S03,孙立,\(testID("37032119820303043")),乡镇经办人员,370321100000",
        ])
        try await seedRecords(StaffImporter(database: app.db, auditKey: app.auditKey), staff, as: users.county)
        return users
    }

    static func enrollment(_ certificateNo: String, _ column: String, on app: Application) async throws -> [String?] {
        try await stored(column, as: String?.self, in: "enrollments", where: "certificate_no", equals: certificateNo, on: app)
    }

    @Test("enrollments import with their members and staff, and importing again changes nothing")
    func importIsIdempotent() async throws {
        try await withTestApp { app in
            let users = try await Self.seed(app)
            // MUT + validate
            try await expectIdempotentImport(EnrollmentImporter(database: app.db, auditKey: app.auditKey), Self.validFile, as: users.suozhen,
                                             table: "enrollments", on: app)
            #expect(try await count("enrollment_members", on: app) == 4)  // 整户: all three; 单人: the child
            #expect(try await stored("monthly_amount_fen", as: Int64.self, in: "enrollments", where: "certificate_no", equals: "DB001", on: app) == [120_050])
            #expect(try await Self.enrollment("DB001", "region_code", on: app) == ["370321001001"])
            #expect(try await Self.enrollment("DB001", "categories", on: app) == ["elderly,minor"])
            #expect(try await Self.enrollment("DB002", "coverage", on: app) == ["individual"])
            // County staff above the township may approve its cases.
            let approver = try await stored("id", as: UUID.self, in: "staff", where: "staff_no", equals: "S01", on: app)
            #expect(try await stored("approved_by", as: UUID?.self, in: "enrollments", where: "certificate_no", equals: "DB001", on: app) == approver)
        }
    }

    @Test("a changed enrollment is updated in place and its members replaced, with history")
    func changeKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await Self.seed(app)
            var changed = Self.validFile
            changed.rows[1][5] = TestPersons.li
            let registry = Registry(database: app.db, caller: users.suozhen, auditKey: app.auditKey, origin: "test")
            let li = try #require(try await registry.person(idNumber: TestPersons.li))
            let child = try #require(try await registry.person(idNumber: TestPersons.child))
            // MUT + validate: the before-image names the member it covered
            try await expectChangeWithHistory(EnrollmentImporter(database: app.db, auditKey: app.auditKey), from: Self.validFile, to: changed, as: users.suozhen,
                                              record: "enrollments", where: "certificate_no", equals: "DB002",
                                              before: child.id.uuidString, on: app)
            let enrollment = try #require(try await stored("id", as: UUID.self, in: "enrollments", where: "certificate_no", equals: "DB002", on: app).first)
            #expect(try await stored("person_id", as: UUID.self, in: "enrollment_members", where: "enrollment_id", equals: enrollment, on: app) == [li.id])
            #expect(try await count("enrollment_members", on: app) == 4)
        }
    }

    @Test("a malformed file imports nothing and reports every problem")
    func malformedFileIsRejectedWhole() async throws {
        try await withTestApp { app in
            let users = try await Self.seed(app)
            var csv = Self.validFile
            csv.add("DB003,H001,低保,停保,整户,,100,,2024-01-01,,,")                         // 停保 without end date
            csv.add("DB004,H001,低保,在保,单人,,100,,2024-01-01,,,")                         // 单人 without members
            csv.add("DB005,H001,低保,在保,整户,,-5,,2024-01-01,,,")                          // negative amount
            csv.add("DB006,H001,低保,在保,整户,,100,,2024-05-01,2024-04-01,,")               // ends before it starts
            csv.add("DB007,H001,五保户,在保,整户,,100,,2024-01-01,,,")                       // unknown program
            csv.add("DB008,H999,低保,在保,整户,,100,,2024-01-01,,S77,")                      // unknown household and staff
            csv.add("DB009,H001,低保,在保,单人,370321195001010012,100,,2024-01-01,,,")        // member ID checksum
            csv.add("DB010,H001,低保,在保,单人,\(TestPersons.outsider),100,,2024-01-01,,,")   // unregistered member
            csv.rows.append(csv.rows[0])                                                       // exact duplicate
            // MUT
            let outcome = try await importRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: [
                "import.error.enrollment.end_required", "import.error.enrollment.members_required", "import.error.value.negative",
                "import.error.date.end_before_start", "import.error.value.invalid", "import.error.household.unknown",
                "import.error.staff.unknown", "import.error.id.checksum", "import.error.person.unknown",
                "import.error.duplicate_row",
            ], lines: Set(4...12), table: "enrollments", on: app)
            #expect(try await count("enrollment_members", on: app) == 0)
        }
    }

    @Test("another township's household, member, staff and 证号 are refused")
    func foreignTownshipRejected() async throws {
        try await withTestApp { app in
            let users = try await Self.seed(app)
            let theirs = RecordCSV(Self.header, ["DB101,H002,低保,在保,整户,,300,,2024-01-01,,,"])
            try await seedRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), theirs, as: users.tangshan)
            let csv = RecordCSV(Self.header, [
                "DB020,H002,低保,在保,整户,,100,,2024-01-01,,,",
                "DB021,H001,低保,在保,单人,\(TestPersons.wang),100,,2024-01-01,,,",
                "DB022,H001,低保,在保,整户,,100,,2024-01-01,,,S03",
                "DB101,H001,低保,在保,整户,,100,,2024-01-01,,,",
            ])
            // MUT
            let outcome = try await importRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            #expect(outcome.errors.map(\.reasonKey) == [
                "import.error.registered_elsewhere", "import.error.registered_elsewhere", "import.error.registered_elsewhere",
                "import.error.certificate.elsewhere",
            ])
            #expect(outcome.errors.map(\.column) == ["household_no", "member_id_numbers", "approved_by", "certificate_no"])
            #expect(try await count("enrollments", on: app) == 1)
            #expect(try await Self.enrollment("DB101", "region_code", on: app) == ["370321100201"])
        }
    }
}
