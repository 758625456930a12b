import DoudiDomain
import Foundation

/// One cross-check: while it runs, its phase (kept current by `doudi.js`); once stored,
/// its summary: the region, who started it, the rules and the findings per rule, each
/// linking to the findings list filtered by it.
enum CrossCheckRunPage {
    enum State: Sendable {
        case running(CrossCheckBoard.Job)
        case failed(CrossCheckBoard.Job, String)
        case stored(CrossCheckRunRecord)
    }

    struct Model: Sendable {
        let login: LoginContext
        let state: State
        let regionName: String
    }
}
