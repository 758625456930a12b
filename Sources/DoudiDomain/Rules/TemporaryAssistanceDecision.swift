/// The 临时救助 rules' answer for one application: whether it may be granted, the range
/// the amount must fall in, who approves the proposed amount, and whether the township may
/// help first.
public struct TemporaryAssistanceDecision: Sendable, Equatable {
    public enum Approval: String, Sendable, Codable {
        /// Within the township's delegated ceiling (乡镇审批).
        case township
        /// Above it, 一事一议, or an exception to the once-a-year rule.
        case county
    }

    /// Empty when the application may be granted; otherwise `frequency`, `income`,
    /// `income_missing`, `amount.below_min`, `amount.above_max`.
    public var reasons: [String] = []
    /// The range for this household; nil bounds are unset (the region leaves them open).
    public var minimum: Money?
    public var maximum: Money?
    /// The largest amount the township approves itself; nil when everything goes to the county.
    public var townshipCap: Money?
    /// Who approves the proposed amount; nil without a proposal.
    public var approval: Approval?
    /// For 急难型: the township helps within this many hours and completes the file after.
    public var advanceWithinHours: Int?
    public var explanation: [ExplanationStep] = []

    public var grantable: Bool { reasons.isEmpty }
}
