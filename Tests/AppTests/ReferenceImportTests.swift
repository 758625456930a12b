@testable import App
import DoudiDomain
import DoudiMatch
import DoudiSheets
import Foundation
import SQLKit
import Testing

/// Reference batches (issue 5): valid rows kept, every invalid row reported, the batch
/// committed whole: files under their content hash, then the batch row and its audit entry.
@Suite("Reference import")
struct ReferenceImportTests {
    /// Twenty deaths; line 5 has a wrong check character, line 9 no death date.
    static func deathsFile() -> Data {
        var lines = ["公民身份号码,姓名,死亡日期,火化日期,死亡信息来源"]
        for index in 0..<20 {
            var id = testID("370321195001\(String(format: "%02d", index + 1))001")
            var died = "2025-03-\(String(format: "%02d", index + 1))"
            if index == 3 { id = String(id.dropLast()) + (id.last == "0" ? "1" : "0") }
            if index == 7 { died = "" }
            lines.append("\(id),逝者\(index),\(died),,县公安局")
        }
        return Data(lines.joined(separator: "\n").utf8)
    }

    func request(_ data: Data, kind: ReferenceKind = .deaths, caller: Caller, name: String = "deaths.csv") -> ReferenceImportRequest {
        ReferenceImportRequest(kind: kind, sourceDepartment: "县公安局", asOf: CivilDate(iso: "2026-10-31")!,
                               file: ImportRequest(fileName: name, data: data, caller: caller, today: testToday, now: testNow))
    }

    @Test("a file with bad rows commits its good rows and reports each bad one by line and column")
    func keepsValidRows() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let importer = ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles)
            let outcome = try await importer.run(request(Self.deathsFile(), caller: users.county))
            let batch = try #require(outcome.batch)
            #expect(batch.rowsTotal == 20 && batch.rowsValid == 18 && batch.rowsRejected == 2)
            #expect(outcome.issues.map(\.line).sorted() == [5, 9])
            #expect(outcome.issues.map(\.column) == ["id_number", "death_date"])

            let columns = try app.referenceFiles.columns(batch.contentSHA256)
            #expect(columns.count == 18 && Array(columns.keys) == columns.keys.sorted())
            let died = try #require(CitizenID(testID("37032119500102001"), today: testToday))
            let rows = columns.rows(for: died.packedKey)
            #expect(rows.count == 1 && columns.dates[rows.lowerBound] == Int32(CivilDate(iso: "2025-03-02")!.daysSinceEpoch))
            // The offset finds the row in the validated file without parsing the rest.
            let file = try Data(contentsOf: app.referenceFiles.validatedFile(batch.contentSHA256))
            let line = file[Int(columns.offsets[rows.lowerBound])...].prefix { $0 != 0x0D }
            #expect(String(decoding: line, as: UTF8.self).hasPrefix(died.value + ",逝者1,2025-03-02"))
            // Lines are the uploaded file's: after the rejected line 5, 逝者9 is still on line 11.
            #expect(columns.lines[rows.lowerBound] == 3)
            let later = try #require(CitizenID(testID("37032119500110001"), today: testToday))
            #expect(columns.rows(for: later.packedKey).map { columns.lines[$0] } == [11])

            let stored = try await ReferenceBatchStore(sql: app.db as! any SQLDatabase).batches(within: TestRegions.county)
            #expect(stored == [batch])
            let audit = try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'reference.import'")
                .first()?.decode(column: "n", as: Int.self)
            #expect(audit == 1)
        }
    }

    @Test("a file missing a required column is refused whole, and leaves no batch and no files")
    func refusesUnreadable() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let importer = ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles)
            let outcome = try await importer.run(request(Data("公民身份号码,姓名\n\(testID("37032119500102001")),甲".utf8), caller: users.county))
            #expect(!outcome.committed && outcome.issues.contains { $0.reasonKey == "import.error.header.missing" })
            let corrupt = try await importer.run(request(Data("公民身份号码,死亡日期\n123,2025-01-01".utf8), caller: users.county))
            #expect(!corrupt.committed && corrupt.issues.contains { $0.reasonKey == "reference.error.no_valid_rows" })
            #expect(try await ReferenceBatchStore(sql: app.db as! any SQLDatabase).batches(within: TestRegions.province).isEmpty)
            let left = try FileManager.default.contentsOfDirectory(atPath: app.referenceFiles.root.path).filter { $0.hasSuffix(".csv") }
            #expect(left.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: app.referenceFiles.incoming.path).isEmpty)
        }
    }

    @Test("the same data imported twice is stored once; each import is its own batch, seen only within its area")
    func contentAddressed() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let importer = ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles)
            let first = try #require(try await importer.run(request(Self.deathsFile(), caller: users.suozhen)).batch)
            let second = try #require(try await importer.run(request(Self.deathsFile(), caller: users.tangshan, name: "again.csv")).batch)
            #expect(first.id != second.id && first.contentSHA256 == second.contentSHA256)
            let files = try FileManager.default.contentsOfDirectory(atPath: app.referenceFiles.root.path).filter { $0.hasSuffix(".csv") }
            #expect(files == ["\(first.contentSHA256).csv"])
            let store = ReferenceBatchStore(sql: app.db as! any SQLDatabase)
            #expect(try await store.batches(within: TestRegions.suozhen).map(\.id) == [first.id])
            #expect(try await store.batch(second.id, within: TestRegions.suozhen) == nil)
            #expect(try await store.batches(within: TestRegions.county).count == 2)
        }
    }

    @Test("every kind's template reads a valid row of its own", arguments: ReferenceKind.allCases)
    func templates(kind: ReferenceKind) throws {
        let template = ReferenceTemplate.of(kind)
        let values: [String: String] = [
            "id_number": testID("37032119800101002"), "staff_id_number": testID("37032119700101001"),
            "relative_id_number": testID("37032119800101002"), "death_date": "2025-01-01", "assisted_on": "2025-01-01",
            "plate_number": "鲁C12345", "vehicle_type": "小汽车", "property_type": "住宅", "business_role": "法定代表人",
            "business_name": "某某商贸有限公司", "business_type": "企业", "business_status": "存续", "employer": "某某县财政局",
            "insurance_type": "城镇职工基本养老保险", "disability_category": "肢体残疾", "disability_grade": "二级",
            "monitoring_category": "边缘易致贫户", "close_relation": "配偶", "program": "低保", "region_code": "370322000000",
        ]
        let header = template.columns.map { $0.header() }
        let (map, issues) = ColumnMap.build(header: header, template: template.columns)
        #expect(issues.isEmpty, "\(kind)")
        let cells = template.columns.map { values[$0.key].map(SheetCell.text) ?? .empty }
        var reader = ReferenceRowReader(RowReader(line: 2, cells: cells, map: map), today: testToday)
        let record = template.record(&reader)
        #expect(record != nil && reader.row.issues.isEmpty, "\(kind): \(reader.row.issues.map { $0.reason() })")
        #expect(record?.subject == CitizenID(testID("37032119800101002"), today: testToday)?.packedKey)
    }
}

extension ReferenceImportTests {
    @Test("docs/reference-templates.md lists every template's Chinese header")
    func documented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/reference-templates.md"), encoding: .utf8)
        for kind in ReferenceKind.allCases {
            #expect(doc.contains("## \(kind.rawValue):"), "\(kind)")
            for column in ReferenceTemplate.of(kind).columns {
                #expect(doc.contains(column.header()), "\(kind): \(column.header())")
            }
        }
    }
}

extension ReferenceImportTests {
    @Test("files left by an import stopped before its commit are removed once a day old; a batch's files never are")
    func sweep() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let files = app.referenceFiles
            let batch = try #require(try await ReferenceImporter(database: app.db, auditKey: app.auditKey, files: files)
                .run(request(Self.deathsFile(), caller: users.county)).batch)
            let orphan = files.validatedFile(String(repeating: "a", count: 64)), stray = files.incomingFile("csv")
            try Data("x".utf8).write(to: orphan)
            try Data("x".utf8).write(to: stray)
            let tomorrow = Date().addingTimeInterval(86_401)
            files.sweepUnreferenced(keeping: [batch.contentSHA256], now: Date())
            #expect(FileManager.default.fileExists(atPath: orphan.path), "too fresh: it may belong to an import in flight")
            files.sweepUnreferenced(keeping: [batch.contentSHA256], now: tomorrow)
            files.sweepIncoming(now: tomorrow)
            #expect(!FileManager.default.fileExists(atPath: orphan.path) && !FileManager.default.fileExists(atPath: stray.path))
            #expect(FileManager.default.fileExists(atPath: files.validatedFile(batch.contentSHA256).path))
            #expect(FileManager.default.fileExists(atPath: files.cacheFile(batch.contentSHA256).path))
        }
    }
}

extension ReferenceImportTests {
    @Test("importing the same data again repairs a cache file that no longer reads back")
    func repairsCache() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            let importer = ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles)
            let batch = try #require(try await importer.run(request(Self.deathsFile(), caller: users.county)).batch)
            let cache = app.referenceFiles.cacheFile(batch.contentSHA256)
            try Data(try Data(contentsOf: cache).prefix(30)).write(to: cache)
            #expect(throws: (any Error).self) { try app.referenceFiles.columns(batch.contentSHA256) }
            _ = try await importer.run(request(Self.deathsFile(), caller: users.county))
            #expect(try app.referenceFiles.columns(batch.contentSHA256).count == 18)
        }
    }
}

extension ReferenceImportTests {
    /// Issue 5's acceptance: a file with 5 % corrupt rows commits its good rows, reports each
    /// corrupt row with its reason, and loses nothing else.
    @Test("a vehicles file with 5 % corrupt rows keeps every good row exactly and reports every bad one")
    func fivePercentCorrupt() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            var lines = ["公民身份号码,号牌号码,车辆类型,车辆价值,登记日期"], good: [String] = [], bad: Set<Int> = []
            for index in 0..<2_000 {
                let id = testID("370321\(1950 + index % 50)01\(String(format: "%02d", 1 + index % 28))\(String(format: "%03d", index % 1000))")
                var row = [id, "鲁C\(String(format: "%05d", index))", "小型轿车", "\(50_000 + index).50", "2020-01-\(String(format: "%02d", 1 + index % 28))"]
                if index % 20 == 7 {
                    // Every twentieth row is broken, each in one of five ways.
                    switch (index / 20) % 5 {
                    case 0: row[0] = String(id.dropLast()) + (id.last == "1" ? "2" : "1")
                    case 1: row[1] = ""
                    case 2: row[2] = "飞机"
                    case 3: row[3] = "五万"
                    default: row[4] = "2020-13-01"
                    }
                    bad.insert(index + 2)
                } else {
                    // As the validated file writes it: every template column, the type as its code.
                    good.append([row[0], "", row[1], "car", row[3], row[4]].joined(separator: ","))
                }
                lines.append(row.joined(separator: ","))
            }
            let outcome = try await ReferenceImporter(database: app.db, auditKey: app.auditKey, files: app.referenceFiles)
                .run(request(Data(lines.joined(separator: "\r\n").utf8), kind: .vehicles, caller: users.county, name: "vehicles.csv"))
            let batch = try #require(outcome.batch)
            #expect(batch.rowsTotal == 2_000 && batch.rowsRejected == 100 && batch.rowsValid == 1_900)
            #expect(Set(outcome.issues.map(\.line)) == bad && outcome.issues.count == 100)
            #expect(Set(outcome.issues.map(\.column)) == ["id_number", "plate_number", "vehicle_type", "vehicle_value", "registered_on"])
            // The validated file holds the good rows in file order, nothing altered but normalised.
            let stored = try String(contentsOf: app.referenceFiles.validatedFile(batch.contentSHA256), encoding: .utf8)
                .components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            #expect(stored.count == 1_900)
            let mismatch = zip(stored, good).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(mismatch == nil, "first differing row: \(String(describing: mismatch))")
        }
    }
}
