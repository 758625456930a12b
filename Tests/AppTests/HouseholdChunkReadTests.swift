@testable import App
import DoudiDomain
import DoudiSynthetic
import Foundation
import SQLKit
import Testing
import Vapor

/// A whole registry read into a snapshot a chunk of households at a time: the chunks
/// together are the households read whole, each with all its records, whatever region code
/// a record carries (a record takes its person's, which need not be its household's).
@Suite("Household chunk read")
struct HouseholdChunkReadTests {
    @Test("chunks of a few households together give every household read whole, a record coded to another village included")
    func chunksEqualWholeRead() async throws {
        try await withTestApp { app in
            _ = try await DemoCountyFixture.load(app, households: 300, references: false)
            let sql = app.db as! any SQLDatabase
            // One income recorded under a village other than its household's.
            let row = try #require(try await sql.raw("""
                SELECT i.id AS id, h.region_code AS household_region FROM income_records i JOIN households h ON h.id = i.household_id LIMIT 1
                """).first())
            let income = try row.decode(column: "id", as: UUID.self)
            let other = try #require(try await sql.select().column("region_code").from("households")
                .where("region_code", .notEqual, try row.decode(column: "household_region", as: String.self)).first())
                .decode(column: "region_code", as: String.self)
            try await sql.update("income_records").set("region_code", to: other).where("id", .equal, income).run()

            let caller = Caller(userID: UUID(), username: "test", role: .countyApprover, scope: DemoLoader.county)
            let registry = Registry(database: app.db, caller: caller, auditKey: app.auditKey, origin: "test")
            let whole = try await registry.readHouseholdInputs(in: DemoLoader.county, judgedOn: nil)
            var chunks: [[HouseholdInputs]] = []
            try await registry.forEachHouseholdChunk(in: DemoLoader.county, size: 37) { chunks.append($0) }
            #expect(chunks.count == (whole.count + 36) / 37 && chunks.count > 5)
            #expect(chunks.dropLast().allSatisfy { $0.count == 37 })
            let chunked = Dictionary(uniqueKeysWithValues: chunks.joined().map { ($0.household.id, $0) })
            #expect(chunked.count == whole.count)
            #expect(whole.contains { household in household.incomes.contains { $0.id == income } }, "the moved income is in the county")
            for expected in whole {
                let read = try #require(chunked[expected.household.id])
                #expect(read.household == expected.household)
                #expect(Self.sorted(read.members.map(\.membership)) == Self.sorted(expected.members.map(\.membership)))
                #expect(Self.sorted(read.members.map(\.person)) == Self.sorted(expected.members.map(\.person)))
                #expect(Self.sorted(read.incomes) == Self.sorted(expected.incomes))
                #expect(Self.sorted(read.assets) == Self.sorted(expected.assets))
                #expect(Self.sorted(read.enrollments) == Self.sorted(expected.enrollments))
                #expect(read.accountHolders == expected.accountHolders)
            }
            #expect(whole.contains { !$0.members.isEmpty && !$0.incomes.isEmpty && !$0.enrollments.isEmpty && !$0.accountHolders.isEmpty })
        }
    }

    static func sorted<Record: Identifiable>(_ records: [Record]) -> [Record] where Record.ID == UUID {
        records.sorted { $0.id.uuidString < $1.id.uuidString }
    }
}
