import DoudiDomain
import Vapor

/// The audit search form's fields, checked into an `AuditQuery`. They travel in the
/// query string (a GET form, so a search can be bookmarked): none is personal data,
/// since entries name subjects by opaque keys and actors by username.
struct AuditCriteria: Content, Sendable {
    var actor: String?
    var action: String?
    var region: String?
    var subject: String?
    var from: String?
    var to: String?
    var page: Int?

    var pageNumber: Int { PageNumber.clamped(page) }

    func query() -> Result<AuditQuery, UserFacingError> {
        var query = AuditQuery(actor: actor?.trimmed.nonEmpty, action: action?.trimmed.nonEmpty, subjectKey: subject?.trimmed.nonEmpty, page: pageNumber)
        if let text = region?.trimmed.nonEmpty {
            guard let code = RegionCode(text) else { return .failure(UserFacingError(.badRequest, "search.error.region")) }
            query.region = code
        }
        for (text, field) in [(from, \AuditQuery.from), (to, \AuditQuery.through)] {
            guard let text = text?.trimmed.nonEmpty else { continue }
            guard let day = CivilDate(iso: text) else { return .failure(UserFacingError(.badRequest, "audit.search.error.date", ["value": text])) }
            query[keyPath: field] = day
        }
        if let from = query.from, let through = query.through, from > through {
            return .failure(UserFacingError(.badRequest, "audit.search.error.range"))
        }
        return .success(query)
    }

    /// The query string of these criteria on another page, for the pager's links.
    func queryString(page: Int) -> String {
        let pairs: [(String, String?)] = [("actor", actor), ("action", action), ("region", region), ("subject", subject),
                                          ("from", from), ("to", to), ("page", String(page))]
        return pairs.compactMap { name, value in
            value?.trimmed.nonEmpty.map { "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        }.joined(separator: "&")
    }
}
