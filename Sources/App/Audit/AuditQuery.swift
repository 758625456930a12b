import DoudiDomain
import Foundation

/// A search of the audit log, already checked: every filter optional, the area always
/// the searcher's (the store adds it), dates as whole Shanghai days.
struct AuditQuery: Sendable, Equatable {
    var actor: String?
    var action: String?
    /// Narrows the searcher's area further; a region outside it finds nothing.
    var region: RegionCode?
    var subjectKey: String?
    var from: CivilDate?
    var through: CivilDate?
    var page = 1

    static let pageSize = 50
}
