/// Something about a valid citizen ID number that a clerk may want to look at.
///
/// Source: policy reference §3.1 (address codes change over time, so an unknown code may be a gap in
/// our history rather than an error) and §3.1 on upgrading legacy 15-digit (GB 11643-1989) numbers.
public enum CitizenIDWarning: String, Sendable, Codable, CaseIterable {
    /// The address code is not in any GB/T 2260 revision we hold; never a reason to reject.
    case unverifiedRegion
    /// The input had 15 digits and was upgraded to 18.
    case upgradedFrom15Digits
}
