import DoudiDomain
import Foundation

/// What to import: the file as uploaded, its kind, the department it came from and the
/// date its data describes.
struct ReferenceImportRequest: Sendable {
    var kind: ReferenceKind
    var sourceDepartment: String
    var asOf: CivilDate
    var file: ImportRequest
}

/// What an import did: the committed batch (nil when the file was refused or held no
/// valid row) and every rejected row's issues.
struct ReferenceImportOutcome: Sendable {
    var batch: ReferenceBatch?
    var rowsTotal = 0
    var rowsValid = 0
    var issues: [ImportIssue] = []
    var committed: Bool { batch != nil }
}
