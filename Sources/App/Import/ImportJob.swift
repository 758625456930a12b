import DoudiDomain
import Foundation

/// An import started from the web page, once it has ended: what was uploaded, by whom,
/// and how it ended. Its issues (the error report) are read separately, on demand.
struct ImportJob: Sendable, Equatable {
    enum Status: String, Sendable {
        /// Written as one batch (it may still carry warnings, e.g. flagged IDs).
        case succeeded
        /// The file had errors; nothing was written and the report lists them.
        case rejected
        /// The system failed (e.g. the database was unreachable); nothing was written.
        case failed
    }

    var id: UUID
    /// The uploader's scope when the job ran: the job is shown only within it.
    var region: String
    var userID: UUID
    var kind: ImportKind
    var fileName: String
    var fileSHA256: String
    var legacy: Bool
    var status: Status
    var batchID: UUID?
    var rowsTotal = 0
    var added = 0
    var changed = 0
    var unchanged = 0
    var flagged = 0
    var errorCount = 0
    var warningCount = 0
    var startedAt: Date
    var finishedAt: Date

    init(id: UUID, request: ImportRequest, kind: ImportKind, outcome: ImportOutcome?, startedAt: Date, finishedAt: Date) {
        self.id = id
        region = request.caller.scope.value
        userID = request.caller.userID
        self.kind = kind
        fileName = request.fileName
        fileSHA256 = request.fileSHA256
        legacy = request.legacy
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        guard let outcome else {
            status = .failed
            errorCount = 1
            return
        }
        status = outcome.succeeded ? .succeeded : .rejected
        batchID = outcome.batchID
        (rowsTotal, added, changed, unchanged, flagged) = (outcome.rowsTotal, outcome.added, outcome.changed, outcome.unchanged, outcome.flagged)
        errorCount = outcome.errors.count
        warningCount = outcome.issues.count - errorCount
    }

    init(id: UUID, region: String, userID: UUID, kind: ImportKind, fileName: String, fileSHA256: String, legacy: Bool,
         status: Status, batchID: UUID?, startedAt: Date, finishedAt: Date) {
        self.id = id
        self.region = region
        self.userID = userID
        self.kind = kind
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
        self.legacy = legacy
        self.status = status
        self.batchID = batchID
        self.startedAt = startedAt
        self.finishedAt = finishedAt
    }

    /// The one issue a failed job reports: nothing was written, try again.
    static let systemFailure = ImportIssue(line: 0, column: nil, value: "", reasonKey: "import.error.system")
}
