import DoudiDomain
import Foundation

/// The household detail page: the dossier plus the names the tables need.
enum HouseholdPage {
    struct Model: Sendable {
        let login: LoginContext
        let dossier: HouseholdDossier
        /// 省 › 市 › 县 › 乡镇 › 村, as far as the catalogue knows.
        let regionPath: [String]
        /// Names of members and related persons by person key.
        let personNames: [UUID: String]
        /// Usernames of the people in the history.
        let userNames: [UUID: String]
        let mayEdit: Bool
        let message: String?
    }
}
