import DoudiDomain
import Vapor

/// Household search criteria as a form or an API body gives them, checked in one place
/// for both: blank means "any", the region must be a 12-digit code, the status a known
/// one, and the page is kept within 1…`PageNumber.max` (so no offset can overflow). The web
/// form posts these fields by name.
struct HouseholdCriteria: Content, Sendable {
    var name: String?
    var idNumber: String?
    var region: String?
    var status: String?
    var page: Int?

    /// The page actually shown.
    var pageNumber: Int { PageNumber.clamped(page) }

    /// The query for one page of `pageSize` (one more row is fetched to tell whether a next page exists).
    func query(pageSize: Int) -> Result<HouseholdQuery, UserFacingError> {
        var region: RegionCode?
        if let text = self.region?.trimmed, !text.isEmpty {
            guard let code = RegionCode(text) else { return .failure(UserFacingError(.badRequest, "search.error.region")) }
            region = code
        }
        var status: EnrollmentStatus?
        if let text = self.status, !text.isEmpty {
            guard let value = EnrollmentStatus(rawValue: text) else { return .failure(UserFacingError(.badRequest, "search.error.status")) }
            status = value
        }
        return .success(HouseholdQuery(idNumber: idNumber?.trimmed.nonEmpty, name: name?.trimmed.nonEmpty, region: region,
                                       status: status, limit: pageSize + 1, offset: (pageNumber - 1) * pageSize))
    }
}

extension String {
    /// nil for an empty string, so blank form fields mean "no criterion".
    var nonEmpty: String? { isEmpty ? nil : self }
}
