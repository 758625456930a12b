/// Whether a region's 低保 standard lies within the band the province sets as a share of
/// last year's per-capita consumption expenditure.
///
/// Source: 649号 art 10 and 民发〔2024〕16号 (policy reference §2): the standard follows local
/// consumption; the Shandong document sets 25–35 % (urban) and 35–45 % (rural) of the
/// previous year's 城乡居民人均消费支出; the shares are parameters.
public enum StandardCompliance {
    public enum Verdict: String, Sendable, Codable { case below, within, above }

    /// `annualConsumption` is last year's per-capita consumption expenditure for the area.
    /// The band's ends are lines, not payments: the verdict compares the standard with
    /// share × consumption ÷ 12 exactly, and `low` and `high` are those lines to the fen
    /// for display.
    public static func check(area: AreaKind, annualConsumption: Money, parameters p: DibaoParameters) -> (verdict: Verdict, low: Money, high: Money) {
        let (lowRate, highRate) = area == .urban ? (p.standardSetting.urbanLow, p.standardSetting.urbanHigh)
            : (p.standardSetting.ruralLow, p.standardSetting.ruralHigh)
        func line(_ rate: Rate) -> Money {
            annualConsumption.scaled(numerator: rate.tenThousandths, denominator: Rate.scale * 12, rounding: .fenHalfUp)
        }
        let yearly = p.standard(area) * 12
        let verdict: Verdict = lowRate.multiple(of: annualConsumption, exceeds: yearly) ? .below
            : highRate.multiple(of: annualConsumption, reaches: yearly) ? .within : .above
        return (verdict, line(lowRate), line(highRate))
    }
}
