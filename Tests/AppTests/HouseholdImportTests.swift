@testable import App
import DoudiDomain
import DoudiSheets
import Foundation
import SQLKit
import Testing

@Suite("Household import")
struct HouseholdImportTests {
    static let zhang = testID("37032119500101001")
    static let li = testID("37032119520304002")
    static let child = testID("37032120150607003")
    static let wang = testID("37032119600101005")

    static var validFile: HouseholdCSV {
        var csv = HouseholdCSV()
        csv.add("H001", "370321001001", "户主", "张三", zhang)
        csv.add("H001", "370321001001", "配偶", "李四", li)
        csv.add("H001", "370321001001", "子女", "张小", child, disability: ("肢体", "二级"))
        csv.add("H002", "370321100201", "户主", "王五", wang, address: "东唐村3号", area: "农村")
        return csv
    }

    @Test("a valid file imports, and importing it again changes nothing")
    func importIsIdempotent() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            // MUT
            let first = try await importHouseholds(Self.validFile.data, as: users.county, on: app)
            let second = try await importHouseholds(Self.validFile.data, as: users.county, on: app)
            // validate
            #expect(first.succeeded && first.added == 4 && first.changed == 0)
            #expect(second.succeeded && second.added == 0 && second.changed == 0 && second.unchanged == 4)
            #expect(try await count("persons", on: app) == 4)
            #expect(try await count("households", on: app) == 2)
            #expect(try await count("memberships", on: app) == 4)
            #expect(try await count("change_log", on: app) == 0)
            #expect(try await count("import_batches", on: app) == 3)  // regions + two household files

            let registry = Registry(database: app.db, caller: users.county, auditKey: app.auditKey, origin: "test")
            let person = try #require(try await registry.person(idNumber: Self.child))
            #expect(person.sex == .male)  // sequence 003: odd
            #expect(person.birthDate == CivilDate(year: 2015, month: 6, day: 7))
            #expect(person.disability == Disability(category: .physical, grade: .two, certificateNo: nil, validUntil: nil))
        }
    }

    @Test("a changed row is updated in place, with the before-image in history")
    func changeKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            _ = try await importHouseholds(Self.validFile.data, as: users.county, on: app)
            var changed = Self.validFile
            changed.rows[3][2] = "东唐村5号"  // H002's address
            changed.rows[1][5] = "李四妹"      // a member's name
            // MUT
            let outcome = try await importHouseholds(changed.data, as: users.county, on: app)
            // validate
            #expect(outcome.succeeded && outcome.added == 0 && outcome.changed == 2 && outcome.unchanged == 2)
            #expect(try await count("persons", on: app) == 4)
            let registry = Registry(database: app.db, caller: users.county, auditKey: app.auditKey, origin: "test")
            let li = try #require(try await registry.person(idNumber: Self.li))
            #expect(li.name == "李四妹")
            let history = try await registry.history(of: li.id)
            #expect(history.count == 1)
            #expect(history.first?.beforeJSON?.contains("李四") == true)
            #expect(history.first?.batchID == outcome.batchID)
            #expect(history.first?.changedBy == users.county.userID)
        }
    }

    @Test("a malformed file imports nothing and reports every problem")
    func malformedFileIsRejectedWhole() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            var csv = Self.validFile
            csv.add("H003", "370321001001", "户主", "赵六", "370321195001010012")            // bad checksum
            csv.add("H004", "370321999999", "户主", "钱七", testID("37032119700101007"))     // unknown region
            csv.add("H005", "370321001001", "户主", "张三", Self.zhang)                       // person in two households
            csv.add("H006", "370321001001", "户主", "", testID("37032119800101009"))          // missing name
            csv.rows.append(csv.rows[3])                                                      // duplicate row (王五)
            csv.add("H007", "370321001001", "配偶", "孙八", testID("37032119810101011"))     // household without a head
            // MUT
            let outcome = try await importHouseholds(csv.data, as: users.county, on: app)
            // validate
            #expect(!outcome.succeeded)
            let reasons = Set(outcome.errors.map(\.reasonKey))
            #expect(reasons.isSuperset(of: [
                "import.error.id.checksum", "import.error.region.unknown", "import.error.person_in_two_households",
                "import.error.required", "import.error.duplicate_row", "import.error.household.no_head",
            ]))
            #expect(outcome.errors.allSatisfy { $0.line > 1 })
            #expect(try await count("persons", on: app) == 0)
            #expect(try await count("households", on: app) == 0)
            // Every issue renders as a Chinese sentence in the report.
            let report = String(decoding: ImportReport.csv(outcome.issues), as: UTF8.self)
            #expect(report.contains("校验码错误"))
            #expect(report.contains("行号"))

            // After the rows are fixed, the file imports; importing it again changes nothing.
            var fixed = Self.validFile
            fixed.add("H003", "370321001001", "户主", "赵六", testID("37032119500101013"))
            fixed.add("H004", "370321001001", "户主", "钱七", testID("37032119700101007"))
            fixed.add("H006", "370321001001", "户主", "孙九", testID("37032119800101009"))
            fixed.add("H007", "370321001001", "户主", "孙八", testID("37032119810101011"))
            let retried = try await importHouseholds(fixed.data, as: users.county, on: app)
            let again = try await importHouseholds(fixed.data, as: users.county, on: app)
            #expect(retried.succeeded && retried.added == 8)
            #expect(again.succeeded && again.unchanged == 8 && again.added == 0 && again.changed == 0)
        }
    }

    @Test("an Excel numeric ID cell and a truncated workbook each get their own reason")
    func xlsxProblems() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            var writer = XLSXWriter()
            writer.addSheet(name: "家庭成员", header: HouseholdCSV.header, rows: [
                ["H001", "370321001001", "东岳路1号", "城镇", "户主", "张三"].map(SheetCell.text) + [.number("3.70321195001010E+17"), .empty, .empty, .empty],
            ])
            let workbook = try writer.data()
            // MUT
            let numeric = try await importHouseholds(workbook, as: users.county, on: app, fileName: "h.xlsx")
            let truncated = try await importHouseholds(workbook.prefix(workbook.count * 2 / 3), as: users.county, on: app, fileName: "h.xlsx")
            // validate
            #expect(numeric.errors.map(\.reasonKey) == ["import.error.id.numeric_cell"])
            #expect(truncated.errors.map(\.reasonKey) == ["import.error.file.truncated"])
            #expect(try await count("persons", on: app) == 0)
        }
    }

    @Test("legacy mode imports invalid IDs and flags them")
    func legacyModeFlags() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            var csv = HouseholdCSV()
            csv.add("L001", "370321001001", "户主", "赵六", "370321195001010012")
            csv.add("L001", "370321001001", "配偶", "钱七", testID("37032119520101002"))
            // MUT
            let strict = try await importHouseholds(csv.data, as: users.county, on: app)
            let legacy = try await importHouseholds(csv.data, as: users.county, on: app, legacy: true)
            // validate
            #expect(!strict.succeeded)
            #expect(legacy.succeeded && legacy.added == 2 && legacy.flagged == 1)
            #expect(legacy.issues.contains { $0.severity == .warning && $0.reasonKey == "import.warning.id.flagged" })
            let flagged = try await Registry(database: app.db, caller: users.county, auditKey: app.auditKey, origin: "test").flaggedPersons()
            #expect(flagged.map(\.idNumber.status) == [.checksum])
            #expect(flagged.first?.idNumber.packedKey == nil)
        }
    }

    @Test("legacy mode keeps a recorded sex and birth date that contradict the number, flagged; strict mode refuses them")
    func legacyModeKeepsInconsistentIdentity() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            // 37032119500101001x: born 1950-01-01, sequence digit 1 (male); recorded 女, 1951-01-01.
            let id = testID("37032119500101001")
            let csv = "户编号,行政区划代码,家庭住址,城乡属性,与户主关系,姓名,公民身份号码,性别,出生日期\r\n"
                + "L002,370321001001,东岳路2号,城镇,户主,孙八,\(id),女,1951-01-01\r\n"
            // MUT
            let strict = try await importHouseholds(Data(csv.utf8), as: users.county, on: app)
            let legacy = try await importHouseholds(Data(csv.utf8), as: users.county, on: app, legacy: true)
            // validate
            #expect(Set(strict.errors.map(\.reasonKey)) == ["import.error.sex.mismatch", "import.error.birth.mismatch"])
            #expect(legacy.succeeded && legacy.added == 1)
            #expect(Set(legacy.issues.filter { $0.severity == .warning }.map(\.reasonKey)) == ["import.warning.sex.flagged", "import.warning.birth.flagged"])
            let row = try await (app.db as! any SQLDatabase).raw("SELECT sex, birth_date FROM persons").first()
            #expect(try row?.decode(column: "sex", as: String.self) == Sex.female.rawValue)
            #expect(try row?.decode(column: "birth_date", as: String.self) == "1951-01-01")
        }
    }

    @Test("an unclosed quote is reported with its row instead of swallowing the rest of the file")
    func unterminatedQuote() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            var csv = Self.validFile
            csv.rows[1][5] = "\"李四"
            // MUT
            let outcome = try await importHouseholds(csv.data, as: users.county, on: app)
            // validate
            #expect(outcome.errors.map(\.reasonKey) == ["import.error.file.unterminated_quote"])
            #expect(outcome.errors.first?.reason().contains("第 3 行") == true)
            #expect(try await count("persons", on: app) == 0)
        }
    }

    @Test("a file missing a required column is refused before any row is read")
    func missingColumn() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let data = Data("户编号,姓名,公民身份号码,错别字列\r\nH1,张三,\(Self.zhang),x".utf8)
            // MUT
            let outcome = try await importHouseholds(data, as: users.county, on: app)
            // validate
            let reasons = outcome.errors.map(\.reasonKey)
            #expect(reasons.filter { $0 == "import.error.header.missing" }.count == 4)
            #expect(reasons.contains("import.error.header.unknown"))
        }
    }
}

@Suite("Concurrent imports")
struct ConcurrentImportTests {
    @Test("two identical imports at once leave one copy of every record")
    func noDuplicates() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let data = HouseholdImportTests.validFile.data
            // MUT
            async let first = importHouseholds(data, as: users.county, on: app)
            async let second = importHouseholds(data, as: users.county, on: app)
            let outcomes = try await [first, second]
            // validate: one added everything, the other found it all in place (or failed whole).
            #expect(outcomes.filter(\.succeeded).map(\.added).sorted().last == 4)
            #expect(outcomes.map(\.added).reduce(0, +) == 4)
            #expect(try await count("persons", on: app) == 4)
            #expect(try await count("memberships", on: app) == 4)
            #expect(try await count("households", on: app) == 2)
        }
    }
}
