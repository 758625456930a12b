import Fluent
import SQLKit

/// A run over part of the registry (a township, a county of a province) reads the members of
/// its enrollments by their region code (`EnrollmentMemberStore.members(in:within:)`), like
/// every other registry table it reads; without an index that was a pass over the whole
/// province's `enrollment_members` for each such run.
struct M012_EnrollmentMembersRegionIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "enrollment_members_region_idx").on("enrollment_members").column("region_code").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "enrollment_members_region_idx").run()
    }
}
