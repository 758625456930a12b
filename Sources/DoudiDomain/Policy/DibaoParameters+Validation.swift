extension DibaoParameters {
    /// Values that read well but cannot be meant: a 边缘 line below the standard, a share
    /// above the whole, bands that leave eligible households without a band. Each is
    /// refused at load with the file and line of the value, like a malformed one.
    ///
    /// Source: the meanings of the parameters in policy reference §1.8–§1.9 and §2: the
    /// 边缘 line and the 渐退 ceiling are multiples of the standard above it (1.5×, 2×);
    /// add-ons, step-downs and the standard-setting shares are parts of a whole; 分档 pays
    /// every household below the standard, the poorest band the most (淄博: the top band is
    /// the full standard).
    func validate() throws(PolicyError) {
        func refuse(_ key: String, _ rule: String) -> PolicyError {
            PolicyError(sources[key]?.dated.location, "policy.error.range", ["key": key, "rule": L("policy.range.\(rule)")])
        }
        if edgeMultiplier < .one { throw refuse("dibao.edge_multiplier", "at_least_one") }
        if phasedExitCeiling < .one { throw refuse("dibao.phased_exit.income_ceiling", "at_least_one") }
        if phasedExitSteps.contains(where: { $0 == .zero || $0 > .one }) { throw refuse("dibao.phased_exit.step_rates", "share") }
        if addOns.values.contains(where: { $0 > .one }) { throw refuse("dibao.add_ons", "share") }
        for (key, rule) in [("dibao.minimum_per_person.urban", minimumUrban), ("dibao.minimum_per_person.rural", minimumRural),
                            ("dibao.single_person.amount", singlePersonAmount), ("dibao.income.job_cost", jobCost)] {
            switch rule {
            case let .percentOfStandard(rate), let .percentOfIncome(rate), let .percentOfMinimumWage(rate):
                if rate > .one { throw refuse(key, "share") }
            default: break
            }
        }
        let support = imputedSupport
        for (key, rate) in [("dibao.income.imputed_support.elderly_share", support.elderlyShare),
                            ("dibao.income.imputed_support.dependant_share", support.dependantShare),
                            ("dibao.income.imputed_support.dependant_cap", support.dependantCap)] where rate > .one {
            throw refuse(key, "share")
        }
        let shares = standardSetting
        for (key, rate) in [("dibao.standard_setting.urban_low", shares.urbanLow), ("dibao.standard_setting.urban_high", shares.urbanHigh),
                            ("dibao.standard_setting.rural_low", shares.ruralLow), ("dibao.standard_setting.rural_high", shares.ruralHigh)]
            where rate > .one {
            throw refuse(key, "share")
        }
        for (area, low, high) in [("urban", shares.urbanLow, shares.urbanHigh), ("rural", shares.ruralLow, shares.ruralHigh)] where low > high {
            // The newer of the two values is the one that broke the pair.
            let lowKey = "dibao.standard_setting.\(area)_low", highKey = "dibao.standard_setting.\(area)_high"
            let lowFrom = sources[lowKey]?.dated.from, highFrom = sources[highKey]?.dated.from
            throw refuse(lowFrom.flatMap { low in highFrom.map { low >= $0 } } ?? true ? lowKey : highKey, "low_high")
        }
        if method == .banded {
            for (area, key) in [(AreaKind.urban, "dibao.bands.urban"), (.rural, "dibao.bands.rural")] {
                let bands = bands(area)
                let ordered = zip(bands, bands.dropFirst()).allSatisfy { $0.incomeBelow < $1.incomeBelow && $0.amountPerPerson >= $1.amountPerPerson }
                if !ordered { throw refuse(key, "bands_order") }
                if let last = bands.last, last.incomeBelow < standard(area) { throw refuse(key, "bands_reach") }
                if bands.contains(where: { $0.amountPerPerson > standard(area) || $0.amountPerPerson == .zero }) {
                    throw refuse(key, "bands_amount")
                }
            }
        }
    }
}
