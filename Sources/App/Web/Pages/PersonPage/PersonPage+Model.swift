import DoudiDomain
import Foundation

/// The person detail page. The ID number is masked unless this rendering follows an
/// explicit, logged reveal (`revealedIDNumber`).
enum PersonPage {
    struct Model: Sendable {
        let login: LoginContext
        let person: Person
        let regionPath: [String]
        let households: [(membership: Membership, household: Household)]
        let revealedIDNumber: String?

        var mayReveal: Bool { login.account.role.may(.revealIDNumber) }
    }
}
