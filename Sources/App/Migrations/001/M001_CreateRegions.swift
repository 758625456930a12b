import Fluent
import SQLKit

/// Region master data: the 12-digit 统计用区划代码 with name, 城乡分类代码 and validity
/// dates (divisions merge and split, so rows are never deleted, only closed).
struct M001_CreateRegions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("regions")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("level", .int16, .required)
            .field("parent_code", .string)
            .field("urban_rural_code", .int16)
            .field("valid_from", .string)
            .field("valid_to", .string)
            .create()
        try await (database as! any SQLDatabase).create(index: "regions_parent_idx").on("regions").column("parent_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("regions").delete()
    }
}
