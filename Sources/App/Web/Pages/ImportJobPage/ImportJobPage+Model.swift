import DoudiDomain
import Foundation

/// One web import: its progress while it runs, then its outcome and the first issues
/// of its report (the whole report is a download).
enum ImportJobPage {
    /// Issues listed on the page; a file with more is summarised and the rest downloaded.
    static let previewLimit = 200

    struct Model: Sendable {
        enum State: Sendable {
            case running(ImportJobBoard.Running)
            case finished(ImportJob, preview: [ImportIssue], issueCount: Int)
        }

        let login: LoginContext
        let state: State
    }

    /// One line for the outcome, for the job page and the list of jobs.
    static func summary(_ job: ImportJob) -> String {
        switch job.status {
        case .succeeded:
            L("import.jobs.summary.succeeded", ["added": String(job.added), "changed": String(job.changed),
                                                "unchanged": String(job.unchanged), "flagged": String(job.flagged)])
        case .rejected: L("import.jobs.summary.rejected", ["errors": String(job.errorCount)])
        case .failed: L("import.error.system")
        }
    }
}
