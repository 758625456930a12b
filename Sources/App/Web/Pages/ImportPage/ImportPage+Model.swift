import DoudiDomain
import Foundation

/// The import page: the upload form, the blank templates, the user's own jobs (running
/// and finished), and the batches imported in the user's area by anyone.
enum ImportPage {
    struct Model: Sendable {
        struct AreaBatch: Sendable {
            let batch: ImportBatchStore.Batch
            let importedBy: String
        }

        let login: LoginContext
        let uploadLimitBytes: Int
        let running: [ImportJobBoard.Running]
        let finished: [ImportJob]
        let areaBatches: [AreaBatch]
        /// A problem with the submitted form, shown above it (the form keeps its choices).
        var message: String?
        var selectedKind: ImportKind?
    }
}
