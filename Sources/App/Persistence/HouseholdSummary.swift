import DoudiDomain
import Foundation

/// A household as a search result lists it.
public struct HouseholdSummary: Sendable {
    public let household: Household
    public let headName: String?
    public let memberCount: Int
    /// Program and state of each enrollment, newest first.
    public let enrollments: [(program: Program, status: EnrollmentStatus)]
}
