@testable import App
import DoudiDomain
import Foundation
import SQLKit
import Testing
import Vapor

/// The households' snapshot in use: it follows the registry's generation, so a run reads it
/// only while nothing in the registry has changed, and gives the findings the database gives.
@Suite("Household snapshot")
struct HouseholdSnapshotTests {
    static func seeded(_ app: Application) async throws -> TestUsers {
        let users = try await EnrollmentImportTests.seed(app)
        try await seedRecords(EnrollmentImporter(database: app.db, auditKey: app.auditKey), EnrollmentImportTests.validFile, as: users.suozhen)
        return users
    }

    static func run(_ app: Application, region: RegionCode = TestRegions.county, as caller: Caller) async throws -> CrossCheckRunner.Outcome {
        let runner = CrossCheckRunner(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
        return try await runner.run(.init(region: region, rules: Set(HouseholdRule.allCases.map(AuditRule.household)), batchIDs: [],
                                          caller: caller, today: testToday, now: testNow))
    }

    @Test("each snapshot's generation moves with every write to its tables, and not with a run's own writes nor another snapshot's tables")
    func generation() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            let start = try await RegistryGeneration.current(sql)
            let users = try await Self.seeded(app)
            let seeded = try await RegistryGeneration.current(sql)
            for kind in RegistrySnapshotKind.allCases {
                #expect(seeded[kind]!.instance == start[kind]!.instance && seeded[kind]!.value > start[kind]!.value)
            }
            _ = try await Self.run(app, as: users.county)
            #expect(try await RegistryGeneration.current(sql) == seeded, "findings, runs and the audit log are not the registry")
            // Which snapshots each write moves: both read persons and enrollments; only the roll
            // reads payments, only the households read memberships.
            for (statement, moved): (SQLQueryString, Set<RegistrySnapshotKind>) in [
                ("UPDATE persons SET name = name", [.roll, .households]),
                ("UPDATE enrollments SET monthly_amount_fen = monthly_amount_fen + 1", [.roll, .households]),
                ("UPDATE memberships SET relationship = relationship", [.households]),
                ("INSERT INTO payments (id, region_code, enrollment_id, month, amount_fen, status) SELECT '00000000-0000-7000-8000-000000000001', region_code, id, '2025-06', 100, 'paid' FROM enrollments LIMIT 1", [.roll]),
                ("DELETE FROM enrollment_members", [.roll, .households]),
            ] {
                let before = try await RegistryGeneration.current(sql)
                try await sql.raw(statement).run()
                let after = try await RegistryGeneration.current(sql)
                for kind in RegistrySnapshotKind.allCases {
                    let changed = after[kind]!.value > before[kind]!.value && after[kind]!.nonce != before[kind]!.nonce
                    #expect(changed == moved.contains(kind) && (changed || after[kind] == before[kind]), "\(statement): \(kind)")
                }
            }
            // Folding PostgreSQL's change rows leaves every generation where it was (SQLite has none to fold).
            let unfolded = try await RegistryGeneration.current(sql)
            try await RegistryGeneration.compact(sql, threshold: 0)
            #expect(try await RegistryGeneration.current(sql) == unfolded)
            if sql.dialect.name != "sqlite" {
                #expect(try await sql.raw("SELECT count(*) AS n FROM registry_changes").first()?.decode(column: "n", as: Int.self) ?? 0 <= 3)
            }
            // And counting goes on from there: a row per person on SQLite, a row per statement on PostgreSQL.
            let persons = try #require(try await sql.raw("SELECT count(*) AS n FROM persons").first()?.decode(column: "n", as: Int64.self))
            try await sql.raw("UPDATE persons SET name = name").run()
            #expect(try await RegistryGeneration.current(sql)[.households]!.value
                == unfolded[.households]!.value + (sql.dialect.name == "sqlite" ? persons : 1))
        }
    }

    @Test("a run over the whole registry writes the snapshot and the next reads it, finding the same; a write or a damaged file sends it back to the database; part of the registry reads the database")
    func runs() async throws {
        try await withTestApp { app in
            let users = try await Self.seeded(app)
            let first = try await Self.run(app, as: users.county)
            #expect(first.householdSource == .databaseWroteSnapshot && first.rollSource == .databaseWroteSnapshot)
            #expect(first.counts.values.contains { $0.new > 0 }, "the fixture has household findings to compare")
            // The whole registry's personal data: readable by the service's own user only; nothing left in incoming/.
            for file in [app.referenceFiles.householdSnapshot, app.referenceFiles.rollSnapshot] {
                let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
                #expect(permissions == 0o600, "\(file.lastPathComponent)")
            }
            let left = (try? FileManager.default.contentsOfDirectory(atPath: app.referenceFiles.incoming.path)) ?? []
            #expect(left.filter { $0.contains("snapshot") }.isEmpty)

            let second = try await Self.run(app, as: users.county)
            #expect(second.householdSource == .snapshot && second.rollSource == .snapshot)
            #expect(second.rollRows == first.rollRows)
            #expect(second.counts.values.allSatisfy { $0.new == 0 && $0.changed == 0 }, "the snapshot gives the database's findings")
            #expect(second.counts.values.map(\.unchanged).reduce(0, +) == first.counts.values.map(\.new).reduce(0, +))
            #expect(second.unassessed == first.unassessed)

            // An edit to the registry: the next run reads the database, and sees the edit.
            try await (app.db as! any SQLDatabase).raw("UPDATE enrollments SET monthly_amount_fen = 99900 WHERE certificate_no = 'DB001'").run()
            let edited = try await Self.run(app, as: users.county)
            #expect(edited.householdSource == .databaseWroteSnapshot && edited.rollSource == .databaseWroteSnapshot)
            #expect(edited.counts.values.contains { $0.new > 0 || $0.changed > 0 }, "the new amount is judged")
            let again = try await Self.run(app, as: users.county)
            #expect(again.householdSource == .snapshot && again.rollSource == .snapshot)

            // Damaged files are read past, and replaced: one not a snapshot at all, one cut short.
            try Data("not a snapshot".utf8).write(to: app.referenceFiles.householdSnapshot)
            let roll = try Data(contentsOf: app.referenceFiles.rollSnapshot)
            try roll.dropLast(3).write(to: app.referenceFiles.rollSnapshot)
            let repaired = try await Self.run(app, as: users.county)
            #expect(repaired.householdSource == .databaseWroteSnapshot && repaired.rollSource == .databaseWroteSnapshot)
            #expect(repaired.counts.values.allSatisfy { $0.new == 0 && $0.changed == 0 } && repaired.rollRows == first.rollRows)

            // A township is part of the registry: the database, scoped as ever.
            let township = try await Self.run(app, region: TestRegions.suozhen, as: users.county)
            #expect(township.householdSource == .database && township.rollSource == .database)
        }
    }

    @Test("a snapshot that cannot be written: the run reads the database and finds the same; doudi snapshots says so")
    func notWritable() async throws {
        try await withTestApp { app in
            let users = try await Self.seeded(app)
            // Where snapshots are written first is a file, not a folder: no snapshot can be made.
            let incoming = app.referenceFiles.incoming
            try? FileManager.default.removeItem(at: incoming)
            try FileManager.default.createDirectory(at: incoming.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("in the way".utf8).write(to: incoming)
            defer { try? FileManager.default.removeItem(at: incoming) }
            let blocked = try await Self.run(app, as: users.county)
            #expect(blocked.householdSource == .database)
            #expect(!FileManager.default.fileExists(atPath: app.referenceFiles.householdSnapshot.path))
            let refresh = RegistrySnapshotRefresh(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
            await #expect(throws: UserFacingError.self) { try await refresh.run(region: TestRegions.county, caller: users.county, today: testToday) }

            // Once it can be written, the snapshot gives the findings the database gave.
            try FileManager.default.removeItem(at: incoming)
            let written = try await Self.run(app, as: users.county)
            #expect(written.householdSource == .databaseWroteSnapshot)
            #expect(blocked.counts.values.contains { $0.new > 0 })
            #expect(written.counts.values.allSatisfy { $0.new == 0 && $0.changed == 0 })
        }
    }

    @Test("doudi snapshots writes both snapshots when stale and leaves them when current; the next run reads them; part of the registry is refused")
    func refresh() async throws {
        try await withTestApp { app in
            let users = try await Self.seeded(app)
            let refresh = RegistrySnapshotRefresh(database: app.db, auditKey: app.auditKey, files: app.referenceFiles, book: app.policyBook)
            let first = try await refresh.run(region: TestRegions.county, caller: users.county, today: testToday)
            #expect(first.roll == .databaseWroteSnapshot && first.households == .databaseWroteSnapshot && first.rollRows > 0)
            let second = try await refresh.run(region: TestRegions.county, caller: users.county, today: testToday)
            #expect(second.roll == .snapshot && second.households == .snapshot && second.rollRows == first.rollRows)
            let run = try await Self.run(app, as: users.county)
            #expect(run.rollSource == .snapshot && run.householdSource == .snapshot)
            await #expect(throws: UserFacingError.self) { try await refresh.run(region: TestRegions.suozhen, caller: users.county, today: testToday) }
            // Only those who may start a run may refresh.
            await #expect(throws: UserFacingError.self) { try await refresh.run(region: TestRegions.county, caller: users.suozhen, today: testToday) }
        }
    }
}
