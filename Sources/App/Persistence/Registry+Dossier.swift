import DoudiDomain
import Foundation
import SQLKit

extension Registry {
    /// One household with its members and records, every query scoped to the caller's
    /// area; nil when the household is missing or outside it.
    public func dossier(ofHousehold id: UUID, today: CivilDate) async throws -> HouseholdDossier? {
        guard let household = try await household(id: id) else { return nil }
        let members = try await members(ofHousehold: id)
        let scoped: (SQLSelectBuilder) -> SQLSelectBuilder = { [scope = caller.scope] in $0.within(scope) }
        let relations = try await PersonRelationRow.rows(where: "person_id", in: members.map(\.person.id), sql: sql, refine: scoped)
            .map { try $0.toDomain(today: today) }
        let incomes = try await IncomeRecordRow.rows(where: "household_id", in: [id], sql: sql, refine: scoped)
            .map { try $0.toDomain() }.sorted { ($0.fromMonth.index, $0.item) > ($1.fromMonth.index, $1.item) }
        let assets = try await AssetRecordRow.rows(where: "household_id", in: [id], sql: sql, refine: scoped)
            .map { try $0.toDomain() }.sorted { $0.verifiedOn > $1.verifiedOn }
        let enrollmentRows = try await EnrollmentRow.withMembers(
            try await EnrollmentRow.rows(where: "household_id", in: [id], sql: sql, refine: scoped), within: caller.scope, sql: sql)
        let enrollments = try enrollmentRows.map { try $0.toDomain() }.sorted { $0.startedOn > $1.startedOn }
        let payments = try await PaymentRow.rows(where: "enrollment_id", in: enrollments.map(\.id), sql: sql, refine: scoped)
            .map { try $0.toDomain() }.sorted { $0.month.index > $1.month.index }
        let adl = try await ADLAssessmentRow.rows(where: "person_id", in: members.map(\.person.id), sql: sql, refine: scoped)
            .map { try $0.toDomain() }.sorted { $0.assessedOn > $1.assessedOn }
        return HouseholdDossier(household: household, members: members, relations: relations, incomes: incomes,
                                assets: assets, enrollments: enrollments, payments: payments, history: try await history(of: id), adl: adl)
    }
}
