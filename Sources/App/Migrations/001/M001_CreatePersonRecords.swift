import Fluent
import SQLKit

/// Records about persons beyond the household register: relations (legal supporters,
/// 近亲属), dated income, assets, self-care assessments and bank accounts.
struct M001_CreatePersonRecords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("person_relations")
            .id()
            .field("region_code", .string, .required)
            .field("person_id", .uuid, .required, .references("persons", "id"))
            .field("related_id_number", .string, .required)
            .field("related_id_key", .int64)
            .field("related_person_id", .uuid, .references("persons", "id"))
            .field("kind", .string, .required)
            .field("note", .string)
            .create()

        try await database.schema("income_records")
            .id()
            .field("region_code", .string, .required)
            .field("household_id", .uuid, .required, .references("households", "id"))
            .field("person_id", .uuid, .references("persons", "id"))
            .field("category", .string, .required)
            .field("item", .string, .required)
            .field("amount_fen", .int64, .required)
            .field("from_month", .string, .required)
            .field("to_month", .string, .required)
            .field("source", .string)
            .create()

        try await database.schema("asset_records")
            .id()
            .field("region_code", .string, .required)
            .field("household_id", .uuid, .required, .references("households", "id"))
            .field("person_id", .uuid, .references("persons", "id"))
            .field("kind", .string, .required)
            .field("description", .string)
            .field("value_fen", .int64)
            .field("quantity_hundredths", .int64)
            .field("acquired_on", .string)
            .field("verified_on", .string, .required)
            .field("source", .string)
            .create()

        try await database.schema("adl_assessments")
            .id()
            .field("region_code", .string, .required)
            .field("person_id", .uuid, .required, .references("persons", "id"))
            .field("assessed_on", .string, .required)
            .field("assessor", .string, .required)
            .field("feeding", .bool, .required)
            .field("dressing", .bool, .required)
            .field("transferring", .bool, .required)
            .field("toileting", .bool, .required)
            .field("walking_indoors", .bool, .required)
            .field("bathing", .bool, .required)
            .field("care_form", .string)
            .field("institution", .string)
            .create()

        try await database.schema("bank_accounts")
            .id()
            .field("region_code", .string, .required)
            .field("person_id", .uuid, .required, .references("persons", "id"))
            .field("bank", .string, .required)
            .field("account_no", .string, .required)
            .field("holder_name", .string, .required)
            .create()

        let sql = database as! any SQLDatabase
        for table in ["person_relations", "income_records", "asset_records", "adl_assessments", "bank_accounts"] {
            try await sql.create(index: "\(table)_region_idx").on(table).column("region_code").run()
        }
        try await sql.create(index: "person_relations_person_idx").on("person_relations").column("person_id").run()
        try await sql.create(index: "person_relations_key_idx").on("person_relations").column("related_id_key").run()
        try await sql.create(index: "income_records_household_idx").on("income_records").column("household_id").run()
        try await sql.create(index: "asset_records_household_idx").on("asset_records").column("household_id").run()
        try await sql.create(index: "adl_assessments_person_idx").on("adl_assessments").column("person_id").run()
        try await sql.create(index: "bank_accounts_person_idx").on("bank_accounts").column("person_id").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["bank_accounts", "adl_assessments", "asset_records", "income_records", "person_relations"] {
            try await database.schema(table).delete()
        }
    }
}
