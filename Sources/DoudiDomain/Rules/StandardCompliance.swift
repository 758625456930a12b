/// Whether a region's 低保 standard lies within the band the province sets as a share of
/// last year's per-capita consumption expenditure.
///
/// Source: 649号 art 10 and 民发〔2024〕16号 (policy reference §2): the standard follows local
/// consumption; the Shandong document sets 25–35 % (urban) and 35–45 % (rural) of the
/// previous year's 城乡居民人均消费支出; the shares are parameters.
public enum StandardCompliance {
    public enum Verdict: String, Sendable, Codable { case below, within, above }

    /// `annualConsumption` is last year's per-capita consumption expenditure for the area.
    public static func check(area: AreaKind, annualConsumption: Money, parameters p: DibaoParameters) -> (verdict: Verdict, low: Money, high: Money) {
        let monthly = annualConsumption.scaled(numerator: 1, denominator: 12, rounding: p.rounding)
        let (lowRate, highRate) = area == .urban ? (p.standardSetting.urbanLow, p.standardSetting.urbanHigh)
            : (p.standardSetting.ruralLow, p.standardSetting.ruralHigh)
        let low = lowRate.of(monthly, rounding: p.rounding), high = highRate.of(monthly, rounding: p.rounding)
        let standard = p.standard(area)
        return (standard < low ? .below : standard > high ? .above : .within, low, high)
    }
}
