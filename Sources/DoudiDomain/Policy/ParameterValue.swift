/// A parameter's value as a policy file gives it, already checked against its kind.
public enum ParameterValue: Hashable, Sendable {
    case money(Money)
    case rate(Rate)
    case integer(Int)
    case boolean(Bool)
    case choice(String)
    case names([String])
    case rates([Rate])
    case bands([PaymentBand])
    case addOns([AddOnRate])
    case amountRule(AmountRule)
    case rounding(RoundingRule)
}
