@testable import App
import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@Suite("Audit log")
struct AuditLogTests {
    /// Five entries by the county user, then the findings of `tamper`.
    func findings(after tamper: (any SQLDatabase) async throws -> Void) async throws -> [AuditFinding] {
        var result: [AuditFinding] = []
        try await withTestApp { app in
            let county = Caller(userID: UUID(), username: "county", role: .countyApprover, scope: TestRegions.county)
            let sql = app.db as! any SQLDatabase
            let log = AuditLog(sql: sql, key: app.auditKey)
            for index in 1...5 {
                try await log.append(action: "person.update", subjectKind: "person", subjectKey: UUIDText.string(UUID()),
                                     region: "370321001001", actor: county, origin: "cli", detail: "{\"n\":\(index)}",
                                     at: testNow.addingTimeInterval(Double(index)))
            }
            #expect(try await log.verify().findings.isEmpty)
            try await tamper(sql)
            result = try await log.verify().findings
        }
        return result
    }

    /// The whole log in sequence order.
    func entries(_ sql: any SQLDatabase) async throws -> [SealedAuditEntry] {
        try await sql.select().columns(AuditLog.columns.map { SQLColumn($0) }).from("audit_log").orderBy("seq").all().map(AuditLog.decode)
    }

    @Test("an untouched log verifies")
    func untouched() async throws {
        #expect(try await findings { _ in }.isEmpty)
    }

    @Test("an edited entry is reported at its position")
    func edited() async throws {
        let found = try await findings { sql in
            try await sql.update("audit_log").set("detail", to: SQLBind("{\"n\":99}")).where("seq", .equal, 3).run()
        }
        #expect(found == [.altered(3)])
    }

    @Test("two entries swapped in place are both reported")
    func reordered() async throws {
        let found = try await findings { sql in
            let rows = try await sql.select().columns("seq", "detail", "at_ms").from("audit_log").where("seq", .in, [2, 3]).orderBy("seq").all()
            for (row, target) in zip(rows, [3, 2]) {
                try await sql.update("audit_log").set("detail", to: SQLBind(try row.decode(column: "detail", as: String.self)))
                    .set("at_ms", to: SQLBind(try row.decode(column: "at_ms", as: Int64.self))).where("seq", .equal, target).run()
            }
        }
        #expect(found == [.altered(2), .altered(3)])
    }

    @Test("an entry inserted into the middle is reported, though it was sealed with the wrong key")
    func inserted() async throws {
        let found = try await findings { sql in
            for seq in [5, 4] {
                try await sql.update("audit_log").set("seq", to: SQLBind(seq + 1)).where("seq", .equal, seq).run()
            }
            let forged = AuditEntry(sequence: 4, atMillis: 0, actorID: nil, actorName: "x", region: "370321001001", action: "person.update",
                                    subjectKind: "person", subjectKey: "k", origin: "cli", detail: "{}")
            let previous = try await sql.select().column("seal").from("audit_log").where("seq", .equal, 3).first()!
                .decode(column: "seal", as: String.self)
            let seal = AuditChain.seal(forged, after: previous, key: SymmetricKey(size: .bits256))
            try await sql.insert(into: "audit_log").columns(AuditLog.columns.map { SQLColumn($0) })
                .values(SQLBind(4), SQLBind(0), SQLBind(UUID?.none), SQLBind("x"), SQLBind("370321001001"), SQLBind("person.update"),
                        SQLBind("person"), SQLBind("k"), SQLBind("cli"), SQLBind("{}"), SQLBind(previous), SQLBind(seal))
                .run()
        }
        #expect(found.contains(.altered(4)))
        #expect(found.contains(.altered(5)) && found.contains(.altered(6)))
        #expect(found.contains(.beyondAnchor(from: 6, through: 6)))
    }

    @Test("a deleted entry in the middle is reported as a gap and a broken link")
    func deletedMiddle() async throws {
        let found = try await findings { sql in
            try await sql.delete(from: "audit_log").where("seq", .equal, 3).run()
        }
        #expect(found == [.missing(from: 3, through: 3), .brokenLink(4)])
    }

    @Test("deleting the newest entries is caught by the anchor")
    func deletedNewest() async throws {
        let found = try await findings { sql in
            try await sql.delete(from: "audit_log").where("seq", .greaterThanOrEqual, 4).run()
        }
        #expect(found == [.truncated(lastPresent: 3, anchored: 5)])
    }

    @Test("an anchor moved back to match a truncated log fails its MAC; a deleted anchor is reported")
    func anchorTampering() async throws {
        let moved = try await findings { sql in
            let seal = try await sql.select().column("seal").from("audit_log").where("seq", .equal, 3).first()!.decode(column: "seal", as: String.self)
            try await sql.delete(from: "audit_log").where("seq", .greaterThanOrEqual, 4).run()
            try await sql.update("audit_anchor").set("head_seq", to: SQLBind(3)).set("head_seal", to: SQLBind(seal)).run()
        }
        #expect(moved == [.anchorForged])
        let deleted = try await findings { sql in
            try await sql.delete(from: "audit_anchor").run()
        }
        #expect(deleted == [.anchorMissing])
    }

    @Test("a chain re-sealed without the key fails from its first entry")
    func resealed() async throws {
        let found = try await findings { sql in
            let otherKey = SymmetricKey(size: .bits256)
            var previous = AuditChain.genesis
            for stored in try await entries(sql) {
                var entry = stored.entry
                entry.detail = "{}"
                let seal = AuditChain.seal(entry, after: previous, key: otherKey)
                try await sql.update("audit_log").set("detail", to: SQLBind("{}")).set("previous_seal", to: SQLBind(previous))
                    .set("seal", to: SQLBind(seal)).where("seq", .equal, entry.sequence).run()
                previous = seal
            }
        }
        #expect(found.prefix(5) == [.altered(1), .altered(2), .altered(3), .altered(4), .altered(5)])
    }

    @Test("a key that does not match the anchor (a lost key file replaced by a new one) cannot extend the log")
    func foreignKeyRefused() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            try await AuditLog(sql: sql, key: app.auditKey).append(action: "person.update", subjectKind: "person", subjectKey: "k",
                                                                    region: "370321001001", actor: nil, origin: "cli")
            await #expect(throws: AuditLogError.self) {
                try await AuditLog(sql: sql, key: SymmetricKey(size: .bits256)).append(
                    action: "person.update", subjectKind: "person", subjectKey: "k", region: "370321001001", actor: nil, origin: "cli")
            }
            #expect(try await count("audit_log", on: app) == 1)
            #expect(try await AuditLog(sql: sql, key: app.auditKey).verify().findings.isEmpty)
        }
    }

    @Test("each import writes one entry per batch, with the file hash and counts and no ID number")
    func importsAreLogged() async throws {
        try await withTestApp { app in
            _ = try await seedRegistry(on: app)
            let sql = app.db as! any SQLDatabase
            let rows = try await entries(sql)
            #expect(rows.map(\.entry.action) == ["import.regions", "import.households"])
            let households = try #require(rows.last)
            #expect(households.entry.detail.contains("\"added\":4"))
            #expect(households.entry.detail.contains("\"sha256\":\""))
            #expect(households.entry.actorName == "county")
            let batch = try await sql.select().column("id").from("import_batches").where("kind", .equal, "households").first()!
                .decode(column: "id", as: UUID.self)
            #expect(households.entry.subjectKey == UUIDText.string(batch))
            for row in rows {
                for id in [TestPersons.zhang, TestPersons.li, TestPersons.child, TestPersons.wang] {
                    #expect(!"\(row)".contains(id))
                }
            }
            #expect(try await AuditLog(sql: sql, key: app.auditKey).verify().findings.isEmpty)
        }
    }

    @Test("a rejected import writes no entry")
    func rejectedImportNotLogged() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            var csv = HouseholdCSV()
            csv.add("H009", "370321999999", "户主", "赵六", TestPersons.outsider)
            let outcome = try await importHouseholds(csv.data, as: users.county, on: app)
            #expect(!outcome.succeeded)
            #expect(try await count("audit_log", on: app) == 1)  // the regions import in TestUsers.create
        }
    }
}
