import Fluent
import SQLKit

/// Persons and households. Every case table carries `region_code` (the 12-digit village
/// code) so that scoping is a range filter on an index and the tables can later be
/// partitioned or distributed by region.
struct M001_CreateHouseholdsAndPersons: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("persons")
            .id()
            .field("region_code", .string, .required)
            // The number as recorded (upgraded to 18 digits when valid), its verdict and,
            // when valid, the packed 64-bit key used by matching.
            .field("id_number", .string, .required)
            .field("id_status", .string, .required)
            .field("id_key", .int64)
            .field("id_unverified_region", .bool, .required)
            .field("name", .string, .required)
            .field("sex", .string)
            .field("birth_date", .string)
            .field("ethnicity", .string)
            .field("hukou_region", .string)
            .field("hukou_type", .string)
            .field("disability_category", .string)
            .field("disability_grade", .string)
            .field("disability_cert_no", .string)
            .field("disability_cert_valid_until", .string)
            .field("serious_illness", .bool, .required)
            .field("diagnosis", .string)
            .field("labour_capacity", .string)
            .field("employment", .string)
            .field("schooling", .string)
            .field("special_statuses", .string, .required)
            .field("death_date", .string)
            .field("updated_at", .datetime, .required)
            // One registry record per ID number across all regions: a person registered
            // in another area is reported, never duplicated.
            .unique(on: "id_number")
            .create()

        try await database.schema("households")
            .id()
            .field("region_code", .string, .required)
            .field("household_no", .string, .required)
            .field("address", .string, .required)
            .field("area_kind", .string, .required)
            .field("head_person_id", .uuid, .references("persons", "id"))
            .field("updated_at", .datetime, .required)
            .unique(on: "household_no")
            .create()

        let sql = database as! any SQLDatabase
        try await sql.create(index: "persons_region_idx").on("persons").column("region_code").run()
        try await sql.create(index: "persons_id_key_idx").on("persons").column("id_key").run()
        try await sql.create(index: "persons_name_idx").on("persons").column("name").run()
        try await sql.create(index: "households_region_idx").on("households").column("region_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("households").delete()
        try await database.schema("persons").delete()
    }
}
