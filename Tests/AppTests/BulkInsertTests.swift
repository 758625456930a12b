@testable import App
import Fluent
import Foundation
import SQLKit
import Testing

@Suite("Bulk inserts")
struct BulkInsertTests {
    struct Probe: Equatable {
        var value: String, flag: Bool, run: UUID, seen: Date
    }

    func probes(_ sql: any SQLDatabase) async throws -> [String: Probe] {
        let rows = try await sql.raw("SELECT id, v, flag, run_id, seen_at FROM bulk_probe").all()
        return try Dictionary(uniqueKeysWithValues: rows.map { row in
            (try row.decode(column: "id", as: String.self),
             Probe(value: try row.decode(column: "v", as: String.self), flag: try row.decode(column: "flag", as: Bool.self),
                   run: try row.decode(column: "run_id", as: UUID.self), seen: try row.decode(column: "seen_at", as: Date.self)))
        })
    }

    @Test("values shared by every row reach each row, in every statement of a load, and an upsert reads them as excluded values")
    func sharedValues() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            let postgres = sql.dialect.name != "sqlite"
            try await sql.raw("""
                CREATE TABLE bulk_probe (id TEXT PRIMARY KEY, v TEXT NOT NULL, flag BOOLEAN NOT NULL,
                run_id \(unsafeRaw: postgres ? "UUID" : "TEXT") NOT NULL, seen_at \(unsafeRaw: postgres ? "TIMESTAMPTZ" : "REAL") NOT NULL)
                """).run()
            // More rows than one SQLite statement takes (two bound values a row), so a load is several statements.
            let count = BulkInsert.maxBinds / 2 + 10
            let (first, second) = (UUID(), UUID())
            let (then, later) = (Date(timeIntervalSince1970: 1_800_000_000), Date(timeIntervalSince1970: 1_800_086_400))
            func load(_ text: String, run: UUID, at: Date, rows: Range<Int>) async throws {
                var insert = BulkInsert(table: "bulk_probe", columns: ["id", "v"])
                insert.upsert = .init(key: ["id"], assignments: #""v" = excluded."v", "run_id" = excluded."run_id""#)
                insert.shared = [("flag", true), ("run_id", run), ("seen_at", at)]
                let values: [[any Encodable & Sendable]] = rows.map { ["k\($0)", "\(text)\($0)"] }
                let ready = insert
                try await app.db.transaction { try await ready.run(values, on: $0 as! any SQLDatabase) }
            }
            // MUT
            try await load("a", run: first, at: then, rows: 0..<count)
            let loaded = try await probes(sql)
            try await load("b", run: second, at: later, rows: (count - 5)..<(count + 5))
            let upserted = try await probes(sql)
            // validate
            #expect(loaded.count == count)
            #expect(loaded.allSatisfy { $0.value == Probe(value: "a" + $0.key.dropFirst(), flag: true, run: first, seen: then) })
            #expect(upserted.count == count + 5)
            for index in [0, count - 6] { #expect(upserted["k\(index)"] == loaded["k\(index)"]) }
            // The assignments take the new row's shared run; the time they leave stays the first load's.
            for index in (count - 5)..<count { #expect(upserted["k\(index)"] == Probe(value: "b\(index)", flag: true, run: second, seen: then)) }
            for index in count..<(count + 5) { #expect(upserted["k\(index)"] == Probe(value: "b\(index)", flag: true, run: second, seen: later)) }
        }
    }
}
