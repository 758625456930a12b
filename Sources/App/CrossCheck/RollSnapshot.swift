import DoudiDomain
import DoudiMatch
import Foundation

/// The roll of a region loaded for a cross-check run: the engine's columns and, by the
/// same indexes, the person and enrollment records the columns stand for.
struct RollSnapshot: Sendable {
    var columns = RollColumns()
    var personIDs: [UUID] = []
    var enrollmentIDs: [UUID] = []
    /// Per enrollment: whether its household is urban.
    var enrollmentUrban: [Bool] = []
    /// Where the rows came from (`RollQuery.load`).
    var source = RegistryReadSource.database
}
