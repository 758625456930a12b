@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

// Helpers for the registry record import tests (docs/import-templates.md §2–§9).

/// Persons of the seeded registry: household H001 in 索镇's community (三人), H002 in
/// 唐山镇's village, and one person who is registered nowhere.
enum TestPersons {
    static let zhang = testID("37032119500101001")
    static let li = testID("37032119520304002")
    static let child = testID("37032120150607003")
    static let wang = testID("37032119600101005")
    static let outsider = testID("37032119700101007")
}

/// Regions, users and the two households of `TestPersons`, imported by the county user.
func seedRegistry(on app: Application) async throws -> TestUsers {
    let users = try await TestUsers.create(on: app)
    var csv = HouseholdCSV()
    csv.add("H001", "370321001001", "户主", "张三", TestPersons.zhang)
    csv.add("H001", "370321001001", "配偶", "李四", TestPersons.li)
    csv.add("H001", "370321001001", "子女", "张小", TestPersons.child)
    csv.add("H002", "370321100201", "户主", "王五", TestPersons.wang, address: "东唐村3号", area: "农村")
    let outcome = try await importHouseholds(csv.data, as: users.county, on: app)
    precondition(outcome.succeeded, "seed households failed: \(outcome.errors.map(\.reasonKey))")
    return users
}

/// A CSV file from a header and rows of cells (cells here never contain commas or quotes).
struct RecordCSV {
    let header: [String]
    var rows: [[String]] = []

    init(_ header: String, _ rows: [String] = []) {
        self.header = header.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        self.rows = rows.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    mutating func add(_ row: String) {
        rows.append(row.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
    }

    var data: Data {
        Data(([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\r\n").utf8)
    }
}

/// Runs a record import with the frozen clock.
func importRecords(_ importer: some RecordImporter, _ data: Data, as caller: Caller,
                   fileName: String = "records.csv") async throws -> ImportOutcome {
    try await importer.run(ImportRequest(fileName: fileName, data: data, caller: caller, today: testToday, now: testNow))
}

/// Imports and insists on success: for the data a test builds on rather than tests.
func seedRecords(_ importer: some RecordImporter, _ csv: RecordCSV, as caller: Caller) async throws {
    let outcome = try await importRecords(importer, csv.data, as: caller)
    precondition(outcome.succeeded, "seed \(type(of: importer).kind) failed: \(outcome.errors.map { "\($0.line) \($0.reasonKey)" })")
}

/// The values of one column of the rows where `column` equals `value`, for assertions.
func stored<T: Decodable>(_ name: String, as type: T.Type, in table: String, where column: String,
                          equals value: some Encodable & Sendable, on app: Application) async throws -> [T] {
    try await (app.db as! any SQLDatabase).select().column(name).from(table).where(column, .equal, value).all()
        .map { try $0.decode(column: name, as: T.self) }
}

/// Imports `csv` twice as `caller`: the first run must add every row, the second find
/// every row unchanged and write nothing but its batch record.
func expectIdempotentImport<Importer: RecordImporter>(
    _ importer: Importer, _ csv: RecordCSV, as caller: Caller, table: String, on app: Application,
    sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let first = try await importRecords(importer, csv.data, as: caller)
    let second = try await importRecords(importer, csv.data, as: caller)
    #expect(first.succeeded && first.added == csv.rows.count && first.changed == 0, sourceLocation: sourceLocation)
    #expect(second.succeeded && second.added == 0 && second.changed == 0 && second.unchanged == csv.rows.count,
            sourceLocation: sourceLocation)
    #expect(try await count(table, on: app) == csv.rows.count, sourceLocation: sourceLocation)
    #expect(try await count("change_log", on: app) == 0, sourceLocation: sourceLocation)
    #expect(try await batchKinds(on: app).suffix(2) == [Importer.kind, Importer.kind], sourceLocation: sourceLocation)
}

/// Imports `original`, then `changed` (one row altered) as `caller`: exactly one record
/// changes in place, and its history holds its before-image (containing `before`),
/// tagged with the batch and the caller.
func expectChangeWithHistory<Importer: RecordImporter>(
    _ importer: Importer, from original: RecordCSV, to changed: RecordCSV, as caller: Caller,
    record table: String, where column: String, equals value: some Encodable & Sendable, before: String,
    on app: Application, sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    try await seedRecords(importer, original, as: caller)
    let outcome = try await importRecords(importer, changed.data, as: caller)
    #expect(outcome.succeeded && outcome.added == 0 && outcome.changed == 1 && outcome.unchanged == changed.rows.count - 1,
            sourceLocation: sourceLocation)
    #expect(try await count(table, on: app) == original.rows.count, sourceLocation: sourceLocation)
    let history = try await history(in: table, where: column, equals: value, as: caller, on: app)
    #expect(history.map(\.entity) == [Importer.Record.entity], sourceLocation: sourceLocation)
    #expect(history.first?.beforeJSON?.contains(before) == true, sourceLocation: sourceLocation)
    #expect(history.first?.batchID == outcome.batchID && history.first?.changedBy == caller.userID,
            sourceLocation: sourceLocation)
}

/// A rejected file: exactly these reasons on exactly these lines, and nothing of `table` written.
func expectRejected(_ outcome: ImportOutcome, reasons: Set<String>, lines: Set<Int>, table: String, on app: Application,
                    sourceLocation: SourceLocation = #_sourceLocation) async throws {
    #expect(!outcome.succeeded, sourceLocation: sourceLocation)
    #expect(Set(outcome.errors.map(\.reasonKey)) == reasons, sourceLocation: sourceLocation)
    #expect(Set(outcome.errors.map(\.line)) == lines, sourceLocation: sourceLocation)
    #expect(try await count(table, on: app) == 0, sourceLocation: sourceLocation)
}

/// The history of the one row of `table` whose `column` equals `value`, as `caller` sees it.
func history(in table: String, where column: String, equals value: some Encodable & Sendable, as caller: Caller,
             on app: Application) async throws -> [ChangeRecord] {
    let ids = try await stored("id", as: UUID.self, in: table, where: column, equals: value, on: app)
    precondition(ids.count == 1, "expected one \(table) row, found \(ids.count)")
    return try await Registry(database: app.db, caller: caller, auditKey: app.auditKey, origin: "test").history(of: ids[0])
}

/// The kinds of the import batches recorded so far, oldest first.
func batchKinds(on app: Application) async throws -> [String] {
    try await (app.db as! any SQLDatabase).select().column("kind").from("import_batches").orderBy("imported_at").all()
        .map { try $0.decode(column: "kind", as: String.self) }
}
