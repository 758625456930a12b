import DoudiDomain
import Foundation

/// What an import did. A failed import wrote nothing and carries every issue; a
/// successful one names its batch and may still carry warnings (e.g. flagged IDs).
public struct ImportOutcome: Sendable {
    public var batchID: UUID?
    public var rowsTotal = 0
    public var added = 0
    public var changed = 0
    public var unchanged = 0
    public var flagged = 0
    public var issues: [ImportIssue] = []

    public var succeeded: Bool { batchID != nil }
    public var errors: [ImportIssue] { issues.filter { $0.severity == .error } }

    static func failed(_ issues: [ImportIssue]) -> ImportOutcome {
        var outcome = ImportOutcome()
        outcome.issues = issues.sorted { ($0.line, $0.column ?? "") < ($1.line, $1.column ?? "") }
        return outcome
    }
}

/// One import call: the file, the acting user and the clock, passed in so tests
/// freeze "today" (ID birth dates are checked against it).
public struct ImportRequest: Sendable {
    public var fileName: String
    public let data: Data
    /// The file's SHA-256, hashed once for the batch record and the audit entry.
    public let fileSHA256: String
    public var legacy: Bool
    public var caller: Caller
    public var today: CivilDate
    public var now: Date
    /// Where the request came from, for the audit log: `cli`, or the web client's address.
    public var origin: String

    public init(fileName: String, data: Data, legacy: Bool = false, caller: Caller,
                today: CivilDate = .today(), now: Date = Date(), origin: String = "cli") {
        self.origin = origin
        self.fileName = fileName
        self.data = data
        fileSHA256 = SHA256Hex.of(data)
        self.legacy = legacy
        self.caller = caller
        self.today = today
        self.now = now
    }
}

/// Progress of a long import, for the CLI's progress bar and the upload page.
public struct ImportProgress: Sendable {
    public enum Phase: String, Sendable { case reading, validating, writing }
    public var phase: Phase
    public var done: Int
    public var total: Int
}
