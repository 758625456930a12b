import DoudiDomain
import Foundation

/// Everything the registry holds about one household, as its detail page and API show it.
public struct HouseholdDossier: Sendable {
    public let household: Household
    public let members: [(membership: Membership, person: Person)]
    public let relations: [PersonRelation]
    public let incomes: [IncomeRecord]
    public let assets: [AssetRecord]
    public let enrollments: [Enrollment]
    public let payments: [Payment]
    public let history: [ChangeRecord]
    /// Self-care assessments of the members, newest first.
    public var adl: [ADLAssessment] = []
}
