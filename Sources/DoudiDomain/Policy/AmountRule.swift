/// How a policy states an amount that depends on other figures: a fixed sum, a share of
/// the standard, of the member's income or of the minimum wage, the gap to the standard,
/// or nothing at all. Each parameter accepts only the forms that make sense for it
/// (`ParameterKind.amountRule`).
///
/// Source: policy reference §1.8 (minimum payment: 20 % of std, or 100 / 60 yuan per person),
/// §1.4 (单人保 at least 60 % of std in 青岛), §1.2 (job cost: 10 % of income or of the minimum
/// wage in 兴安盟, 30 % of std in 赣州), §1.12 (临时救助 as multiples of the monthly std, e.g.
/// 3–12 × in 淄博).
public enum AmountRule: Hashable, Sendable {
    case none
    case gap
    case fixed(Money)
    case percentOfStandard(Rate)
    /// A multiple of the monthly 低保 standard (临时救助's 3 × or 12 ×): the same arithmetic
    /// as a share, named as the documents name it.
    case multipleOfStandard(Rate)
    case percentOfIncome(Rate)
    case percentOfMinimumWage(Rate)

    /// The form's name in policy files.
    public var form: String {
        switch self {
        case .none: "none"
        case .gap: "gap"
        case .fixed: "amount"
        case .percentOfStandard: "percent_of_standard"
        case .multipleOfStandard: "multiple_of_standard"
        case .percentOfIncome: "percent_of_income"
        case .percentOfMinimumWage: "percent_of_minimum_wage"
        }
    }
}
