import DoudiDomain
import Foundation

/// The household detail page: the dossier plus the names the tables need.
enum HouseholdPage {
    struct Model: Sendable {
        let login: LoginContext
        let dossier: HouseholdDossier
        /// 省 › 市 › 县 › 乡镇 › 村, as far as the catalogue knows.
        let regionPath: [String]
        /// Usernames of the people in the history.
        let userNames: [UUID: String]
        /// The 低保 enrollments in payment, recomputed for today.
        let dibaoChecks: [DibaoCheck]
        /// A one-person 低保 household's member checked against the 特困 conditions.
        let tekunChecks: [TekunCheck]
        let message: String?

        /// Names of the members by person key, for the record tables.
        var personNames: [UUID: String] {
            Dictionary(dossier.members.map { ($0.person.id, $0.person.name) }, uniquingKeysWith: { first, _ in first })
        }

        var mayEdit: Bool { login.account.role.may(.editRegistry) }
    }
}
