import DoudiDomain
import Foundation

/// One row of the roll query with its codes read (`RollRow+Query`): what the roll's builder
/// takes and the roll's snapshot keeps, before any day is applied. A province's roll is two
/// million of them; read back from a snapshot, nothing is parsed again.
struct RollRow: Sendable, Equatable {
    var personID: UUID
    var number: RecordedIDNumber
    var sex: Sex?
    var birthDate: CivilDate?
    var enrollmentID: UUID
    var program: Program
    var status: EnrollmentStatus
    /// The enrollment's region code as a number.
    var region: UInt64
    /// The enrollment's categories when it covers this person alone: a household enrollment's
    /// categories are some members', and only a person covered alone is held to them.
    var categories: Set<AssistanceCategory>
    var lastPaid: MonthPeriod?
    var urban: Bool
}
