@testable import App
import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@Suite("Deferred indexes for large loads")
struct DeferredIndexesTests {
    /// The table's secondary indexes (name and definition) as the catalogue reports them.
    func names(on app: Application) async throws -> [String] {
        try await DeferredIndexes.secondaryIndexes(of: BankAccountRow.table, sql: app.db as! any SQLDatabase).map { "\($0.name): \($0.create)" }
    }

    func accounts(_ numbers: [String], person: UUID) -> [[any Encodable & Sendable]] {
        numbers.map { BankAccountRow(BankAccount(id: OrderedUUID.make(), personID: person, bank: "农商银行", accountNo: $0, holderName: "张三"),
                                     region: "370321001001").values }
    }

    func personID(on app: Application) async throws -> UUID {
        try #require(try await stored("id", as: UUID.self, in: "persons", where: "id_number", equals: TestPersons.zhang, on: app).first)
    }

    @Test("a load larger than its table sets the indexes aside and rebuilds exactly the same ones")
    func rebuilds() async throws {
        try await withTestApp { app in
            _ = try await seedRegistry(on: app)
            let person = try await personID(on: app)
            let before = try await names(on: app)
            #expect(before.contains { $0.hasPrefix("bank_accounts_natural_key_idx:") })
            #expect(before.contains { $0.hasPrefix("bank_accounts_person_idx:") })
            try await app.db.transaction { transaction in
                let sql = transaction as! any SQLDatabase
                try await BulkInsert(table: BankAccountRow.table, columns: BankAccountRow.columns, deferIndexesFrom: 3)
                    .run(accounts((1...5).map { "62210000000\($0)" }, person: person), on: sql)
            }
            #expect(try await count("bank_accounts", on: app) == 5)
            #expect(try await names(on: app) == before)
        }
    }

    @Test("a duplicate that reaches the rebuild fails it, and the whole load rolls back with the indexes")
    func duplicateFailsRebuild() async throws {
        try await withTestApp { app in
            _ = try await seedRegistry(on: app)
            let person = try await personID(on: app)
            let before = try await names(on: app)
            await #expect(throws: (any Error).self) {
                try await app.db.transaction { transaction in
                    let sql = transaction as! any SQLDatabase
                    try await BulkInsert(table: BankAccountRow.table, columns: BankAccountRow.columns, deferIndexesFrom: 3)
                        .run(accounts(["6221", "6222", "6221"], person: person), on: sql)
                }
            }
            #expect(try await count("bank_accounts", on: app) == 0)
            #expect(try await names(on: app) == before)
        }
    }

    @Test("small loads, and loads into a table already larger, keep their indexes in place")
    func keepsIndexes() async throws {
        try await withTestApp { app in
            _ = try await seedRegistry(on: app)
            let person = try await personID(on: app)
            let before = try await names(on: app)
            try await app.db.transaction { transaction in
                let sql = transaction as! any SQLDatabase
                try await BulkInsert(table: BankAccountRow.table, columns: BankAccountRow.columns)
                    .run(accounts((1...4).map { "1\($0)" }, person: person), on: sql)
                let small = try await DeferredIndexes.setAside(on: BankAccountRow.table, incoming: 10, sql: sql)
                #expect(small.names.isEmpty)
                let outnumbered = try await DeferredIndexes.setAside(on: BankAccountRow.table, incoming: 3, minimumRows: 1, sql: sql)
                #expect(outnumbered.names.isEmpty)
            }
            #expect(try await names(on: app) == before)
        }
    }
}
