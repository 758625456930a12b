@testable import App
import DoudiDomain
import Foundation
import Testing

@Suite("Relation import")
struct RelationImportTests {
    static let header = "公民身份号码,关系人身份号码,关系,说明"
    static var validFile: RecordCSV {
        RecordCSV(header, [
            "\(TestPersons.zhang),\(TestPersons.outsider),赡养,长子在外地务工",
            "\(TestPersons.li),\(TestPersons.zhang),扶养,",
            "\(TestPersons.child),\(TestPersons.wang),近亲属,",
        ])
    }

    @Test("relations import, linked only to registered persons in scope, and importing again changes nothing")
    func importIsIdempotent() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            // MUT + validate
            try await expectIdempotentImport(RelationImporter(database: app.db, auditKey: app.auditKey), Self.validFile, as: users.suozhen,
                                             table: "person_relations", on: app)
            let zhang = try #require(try await Registry(database: app.db, caller: users.suozhen, auditKey: app.auditKey, origin: "test").person(idNumber: TestPersons.zhang))
            func linked(_ idNumber: String) async throws -> [UUID?] {
                try await stored("related_person_id", as: UUID?.self, in: "person_relations", where: "related_id_number", equals: idNumber, on: app)
            }
            #expect(try await linked(TestPersons.zhang) == [zhang.id])
            #expect(try await linked(TestPersons.outsider) == [nil])
            #expect(try await linked(TestPersons.wang) == [nil])  // registered, but in another township
            let key = try #require(CitizenID(TestPersons.outsider, today: testToday)?.packedKey)
            #expect(try await stored("related_id_key", as: Int64?.self, in: "person_relations", where: "related_id_number", equals: TestPersons.outsider, on: app) == [Int64(bitPattern: key)])
        }
    }

    @Test("a township re-importing what the county loaded keeps links to relatives registered elsewhere")
    func linksSurviveNarrowerImporter() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            let wang = try #require(try await Registry(database: app.db, caller: users.county, auditKey: app.auditKey, origin: "test").person(idNumber: TestPersons.wang))
            try await seedRecords(RelationImporter(database: app.db, auditKey: app.auditKey), Self.validFile, as: users.county)
            // MUT
            let again = try await importRecords(RelationImporter(database: app.db, auditKey: app.auditKey), Self.validFile.data, as: users.suozhen)
            // validate
            #expect(again.succeeded && again.changed == 0 && again.unchanged == 3)
            #expect(try await stored("related_person_id", as: UUID?.self, in: "person_relations", where: "related_id_number",
                                     equals: TestPersons.wang, on: app) == [wang.id])
            #expect(try await count("change_log", on: app) == 0)
        }
    }

    @Test("a changed note is updated in place, with the before-image in history")
    func changeKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var changed = Self.validFile
            changed.rows[0][3] = "长子已返乡"
            // MUT + validate
            try await expectChangeWithHistory(RelationImporter(database: app.db, auditKey: app.auditKey), from: Self.validFile, to: changed, as: users.suozhen,
                                              record: "person_relations", where: "related_id_number", equals: TestPersons.outsider,
                                              before: "长子在外地务工", on: app)
            #expect(try await stored("note", as: String?.self, in: "person_relations", where: "related_id_number", equals: TestPersons.outsider, on: app) == ["长子已返乡"])
        }
    }

    @Test("a malformed file imports nothing and reports every problem")
    func malformedFileIsRejectedWhole() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var csv = Self.validFile
            csv.add("\(TestPersons.zhang),\(TestPersons.zhang),赡养,")             // oneself
            csv.add("\(TestPersons.zhang),370321195001010012,赡养,")               // related ID checksum
            csv.add("\(TestPersons.zhang),\(TestPersons.li),朋友,")                // unknown relation
            csv.add("\(TestPersons.outsider),\(TestPersons.zhang),赡养,")          // subject not registered
            csv.add("\(TestPersons.zhang),,赡养,")                                  // related ID missing
            csv.add("\(TestPersons.zhang),\(TestPersons.outsider),赡养,次子")       // same relation, other note
            // MUT
            let outcome = try await importRecords(RelationImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: [
                "import.error.relation.self", "import.error.id.checksum", "import.error.value.invalid",
                "import.error.person.unknown", "import.error.required", "import.error.record_repeated",
            ], lines: Set(5...10), table: "person_relations", on: app)
        }
    }

    @Test("a person of another township is refused")
    func foreignTownshipRejected() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            let csv = RecordCSV(Self.header, ["\(TestPersons.wang),\(TestPersons.zhang),赡养,"])
            // MUT
            let outcome = try await importRecords(RelationImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            let county = try await importRecords(RelationImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.county)
            // validate
            #expect(outcome.errors.map(\.reasonKey) == ["import.error.registered_elsewhere"])
            #expect(outcome.errors.first?.column == "id_number")
            #expect(county.succeeded && county.added == 1)
        }
    }
}
