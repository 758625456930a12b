import DoudiDomain

/// The simulation's table cells, shared by the CLI's text and the page, so both say the same.
enum SimulationSummary {
    static let columns = ["township", "households", "covered_before", "covered_after", "joins", "leaves", "amount_changed",
                          "cost_before", "cost_after", "difference"]
    static let rowColumns = ["household", "township", "change", "before", "after", "amount_before", "amount_after", "difference"]

    static func heading(_ change: StandardChange, names: [String: String]) -> String {
        L("simulation.heading", ["region": names[change.region.value] ?? change.region.value, "from": change.from.iso,
                                 "urban": change.urban.map { L("policy.value.yuan", ["amount": $0.yuanText]) } ?? L("simulation.unchanged"),
                                 "rural": change.rural.map { L("policy.value.yuan", ["amount": $0.yuanText]) } ?? L("simulation.unchanged")])
    }

    /// Every column but the township's name.
    static func cells(_ t: SimulationResult.Totals) -> [String] {
        [String(t.households), String(t.coveredBefore), String(t.coveredAfter), String(t.joins), String(t.leaves), String(t.amountChanged),
         t.costBefore.yuanText, t.costAfter.yuanText, signed(t.difference)]
    }

    static func rowCells(_ row: SimulationResult.Row, names: [String: String]) -> [String] {
        [row.household.householdNo, names[row.household.township.value] ?? row.household.township.value,
         L("simulation.change.\(row.change.rawValue)"), L("dibao_check.status.\(row.before.rawValue)"), L("dibao_check.status.\(row.after.rawValue)"),
         (row.dibaoBefore + row.tekunBefore).yuanText, (row.dibaoAfter + row.tekunAfter).yuanText, signed(row.difference)]
    }

    static func signed(_ money: Money) -> String { money > .zero ? "+" + money.yuanText : money.yuanText }
}
