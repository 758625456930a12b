import DoudiDomain
import Vapor

/// The findings list's filters: region, rule, severity, status and page, in the query
/// string (a GET form: none of them is personal data), checked into a `FindingQuery.Filter`.
struct FindingCriteria: Content, Sendable {
    var region: String?
    var rule: String?
    var severity: String?
    var status: String?
    var page: Int?

    static let pageSize = 50

    var pageNumber: Int { PageNumber.clamped(page) }

    func filter(caller: Caller) -> Result<FindingQuery.Filter, UserFacingError> {
        var filter = FindingQuery.Filter(region: caller.scope)
        if let text = region?.trimmed.nonEmpty {
            guard let code = RegionCode(text) else { return .failure(UserFacingError(.badRequest, "search.error.region")) }
            filter.region = code
        }
        if let text = rule?.trimmed.nonEmpty {
            guard let rule = AuditRule(code: text) else { return .failure(UserFacingError(.badRequest, "findings.error.rule", ["value": text])) }
            filter.rules = [rule]
        }
        if let text = severity?.trimmed.nonEmpty {
            guard let severity = IdentityRule.Severity(rawValue: text) else {
                return .failure(UserFacingError(.badRequest, "findings.error.severity", ["value": text]))
            }
            filter.severity = severity
        }
        if let text = status?.trimmed.nonEmpty {
            guard let status = FindingStatus(rawValue: text) else { return .failure(UserFacingError(.badRequest, "cli.error.findings.status", ["value": text])) }
            filter.statuses = [status]
        }
        filter.limit = Self.pageSize + 1
        filter.offset = (pageNumber - 1) * Self.pageSize
        return .success(filter)
    }

    /// These criteria's query string on another page (or for an export, `page` nil).
    func queryString(page: Int?) -> String {
        let pairs: [(String, String?)] = [("region", region), ("rule", rule), ("severity", severity), ("status", status),
                                          ("page", page.map(String.init))]
        return pairs.compactMap { name, value in
            value?.trimmed.nonEmpty.map { "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        }.joined(separator: "&")
    }
}
