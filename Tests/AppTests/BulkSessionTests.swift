@testable import App
import Fluent
import SQLKit
import Testing

@Suite("Bulk sessions and the key order of new persons")
struct BulkSessionTests {
    struct Planned: Error {}

    /// A pragma's value on the connection `database` holds.
    func pragma(_ name: String, _ database: any Database) async throws -> Int? {
        try await (database as! any SQLDatabase).raw("PRAGMA \(unsafeRaw: name)").first()?.decode(column: name, as: Int.self)
    }

    func foreignKeys(_ database: any Database) async throws -> Int? { try await pragma("foreign_keys", database) }

    @Test("a large SQLite load runs without foreign-key enforcement and restores it, even after a failure")
    func largeLoadRestoresForeignKeys() async throws {
        try await withTestApp { app in
            let database = app.db
            guard (database as! any SQLDatabase).dialect.name == "sqlite" else {
                // PostgreSQL always enforces: the body runs unchanged.
                let result = try await BulkSession.run(on: database, largeLoad: true) { _ in 7 }
                #expect(result == 7)
                return
            }
            // MUT
            let inside = try await BulkSession.run(on: database, largeLoad: true) { try await self.foreignKeys($0) }
            await #expect(throws: Planned.self) {
                try await BulkSession.run(on: database, largeLoad: true) { _ in throw Planned() }
            }
            let small = try await BulkSession.run(on: database, largeLoad: false) { try await self.foreignKeys($0) }
            // validate
            #expect(inside == 0)
            #expect(small == 1)
            let after = try await database.withConnection { try await self.foreignKeys($0) }
            #expect(after == 1)
        }
    }

    @Test("the page cache a bulk session sets goes back to SQLite's default when the connection is handed back")
    func cacheRestored() async throws {
        try await withTestApp { app in
            let database = app.db
            guard (database as! any SQLDatabase).dialect.name == "sqlite" else { return }  // PostgreSQL: nothing to set
            // MUT
            let inside = try await BulkSession.run(on: database, largeLoad: false) { connection in
                try await connection.transaction { transaction in
                    try await BulkSession.prepare(transaction as! any SQLDatabase, cacheKiB: 98_304)
                    return try await self.pragma("cache_size", transaction)
                }
            }
            // validate: the same event loop's pool, whose one connection the session used
            let after = try await database.withConnection { try await self.pragma("cache_size", $0) }
            #expect(inside == -98_304)
            #expect(after == -2_000)
        }
    }

    @Test("new persons get their keys in ID-number order, whatever the file order")
    func keysFollowIDNumbers() async throws {
        try await withTestApp { app in
            let users = try await TestUsers.create(on: app)
            var csv = HouseholdCSV()
            csv.add("H001", "370321001001", "户主", "赵一", testID("37032119800101009"))
            csv.add("H001", "370321001001", "配偶", "钱二", testID("37032119700101001"))
            csv.add("H002", "370321100201", "户主", "孙三", testID("37032119900101005"))
            csv.add("H002", "370321100201", "子女", "李四", testID("37032120100101003"))
            // MUT
            let outcome = try await importHouseholds(csv.data, as: users.county, on: app)
            // validate
            #expect(outcome.succeeded && outcome.added == 4)
            let byKey = try await (app.db as! any SQLDatabase).raw("SELECT id_number FROM persons ORDER BY id").all()
                .map { try $0.decode(column: "id_number", as: String.self) }
            #expect(byKey == byKey.sorted())
            #expect(byKey.count == 4)
        }
    }
}
