import DoudiDomain

extension PolicyPage {
    /// One area's standard against the province's band of last year's consumption.
    struct Compliance: Sendable {
        let area: AreaKind
        let consumption: Money
        let standard: Money
        let low: Money
        let high: Money
        let verdict: StandardCompliance.Verdict
    }

    /// The check for each area whose consumption figure was given; each figure that is not
    /// an amount in yuan is reported by the field's name and skipped. The parameters are
    /// read only when a figure is given: most views of the page ask for none. (The tree was
    /// checked at start-up for every region and date where a value changes, so they resolve;
    /// a failure would show as no rows, not as an error page.)
    static func compliance(_ input: Input, parameters read: () -> DibaoParameters?) -> (rows: [Compliance], message: String?) {
        var rows: [Compliance] = [], messages: [String] = []
        let figures = [(AreaKind.urban, input.urbanConsumption?.trimmed.nonEmpty), (.rural, input.ruralConsumption?.trimmed.nonEmpty)]
        let parameters = figures.contains { $0.1 != nil } ? read() : nil
        for (area, text) in figures {
            guard let text else { continue }
            guard let consumption = Money(yuanText: text), consumption > .zero else {
                messages.append(L("policy.compliance.error.consumption", ["area": area.label(), "value": text]))
                continue
            }
            guard let parameters else { continue }
            let result = StandardCompliance.check(area: area, annualConsumption: consumption, parameters: parameters)
            rows.append(Compliance(area: area, consumption: consumption, standard: parameters.standard(area),
                                   low: result.low, high: result.high, verdict: result.verdict))
        }
        return (rows, messages.isEmpty ? nil : messages.joined(separator: "；"))
    }
}
