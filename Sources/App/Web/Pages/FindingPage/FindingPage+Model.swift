import DoudiDomain
import Foundation

/// One finding: what was found in words, the evidence and its source, the rule's policy
/// basis, where the finding stands, and the decision form for those who may decide. A
/// reopened finding shows the evidence it was decided on beside the evidence now.
enum FindingPage {
    struct Model: Sendable {
        let login: LoginContext
        let finding: FindingDetail
        let regionName: String
        /// Names of the areas the evidence lists, by code.
        var areaNames: [String: String] = [:]
        let mayDecide: Bool
        let message: String?
    }
}
