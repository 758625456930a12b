import DoudiDomain
import Foundation

/// A committed reference batch (`reference_batches`): whose data, as of when, which file.
struct ReferenceBatch: Sendable, Equatable, Codable {
    var id: UUID
    var region: String
    var kind: ReferenceKind
    var sourceDepartment: String
    var asOf: CivilDate
    var fileName: String
    /// The uploaded file's hash, for the audit trail.
    var uploadSHA256: String
    /// The validated file's hash: its name in the data directory.
    var contentSHA256: String
    var rowsTotal: Int
    var rowsValid: Int
    var rowsRejected: Int
    var importedBy: UUID
    var importedAt: Date
}
