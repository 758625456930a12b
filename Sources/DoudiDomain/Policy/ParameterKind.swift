/// What a parameter's value must look like in a policy file.
public enum ParameterKind: Hashable, Sendable {
    /// Yuan with at most two decimals, e.g. `924` or `924.50`.
    case money
    /// A decimal ratio, e.g. `1.5` or `0.2`.
    case rate
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    case boolean
    /// One of the listed words.
    case choice([String])
    /// A list of words, each one of the listed (e.g. income kinds excluded from income).
    case names([String])
    /// A list of ratios (e.g. 渐退 step-downs month by month).
    case rates
    /// A list of `{income_below, amount}` bands.
    case bands
    /// A list of `{category, rate}` add-ons.
    case addOns
    /// One of the listed `AmountRule` forms, e.g. `{percent_of_standard: 0.2}` or `none`.
    case amountRule([String])
    /// `{unit: fen|jiao|yuan, mode: half_up|half_even|down|up}`.
    case rounding
}
