import Fluent

/// 户籍人口 on the region master data: what a village's 低保 coverage rate is measured
/// against (分配低保指标, `QuotaAllocation`). Optional: a catalogue without it still loads,
/// and an area without it is not judged.
struct M010_RegionPopulation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("regions").field("population", .int64).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("regions").deleteField("population").update()
    }
}
