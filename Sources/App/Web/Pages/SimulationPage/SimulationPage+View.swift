import DoudiDomain
import Plot
import Vapor

extension SimulationPage {
    static func render(_ model: Model) -> Response {
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("hint"), .text(L("simulation.page.intro"))),
            .form(.action("/simulation"), .method(.get), .class("search no-print"),
                  FormField.node(L("simulation.page.region"), .input(.type(.text), .id("region"), .name("region"),
                                                                   .escapedValue(model.region.value)), id: "region"),
                  FormField.node(L("simulation.field.urban"), .input(.type(.text), .id("urban"), .name("urban"),
                      .attribute(named: "inputmode", value: "decimal"), .escapedValue(model.input.urban ?? "")), id: "urban"),
                  FormField.node(L("simulation.field.rural"), .input(.type(.text), .id("rural"), .name("rural"),
                      .attribute(named: "inputmode", value: "decimal"), .escapedValue(model.input.rural ?? "")), id: "rural"),
                  FormField.node(L("simulation.page.from"), .input(.type(.date), .id("from"), .name("from"),
                                                                 .escapedValue(model.from.iso)), id: "from"),
                  .button(.type(.submit), .text(L("simulation.page.submit")))),
            .p(.text(L("simulation.page.current", ["region": model.regionName, "date": model.from.iso,
                                                   "urban": model.currentUrban?.yuanText ?? "—", "rural": model.currentRural?.yuanText ?? "—"]))),
            .unwrap(model.message) { .p(.class("notice error"), .text($0)) },
            .unwrap(model.output) { result($0) }
        )
        return PageLayout(title: L("simulation.page.title"), login: model.login, section: .simulation).render(content)
    }

    private static func result(_ output: StandardSimulationRunner.Output) -> Node<HTML.BodyContext> {
        let result = output.result
        let named = result.townships.map { (name: output.names[$0.township.value] ?? $0.township.value, totals: $0.totals) }
        let shown = result.rows.prefix(rowLimit)
        return .group(
            .h2(.text(SimulationSummary.heading(result.change, names: output.names))),
            .table(.class("data compact"),
                   .thead(.tr(.forEach(SimulationSummary.columns) { .th(.text(L("simulation.column.\($0)"))) })),
                   .tbody(.forEach(named) { row in .tr(.td(.text(row.name)), .forEach(SimulationSummary.cells(row.totals)) { .td(.class("num"), .text($0)) }) }),
                   .tfoot(.tr(.th(.text(L("simulation.total"))), .forEach(SimulationSummary.cells(result.total)) { .td(.class("num"), .text($0)) }))),
            .if(result.total.notAssessed > 0, .p(.class("notice"), .text(L("simulation.page.not_assessed", ["count": String(result.total.notAssessed)])))),
            .if(output.neverChecked > 0, .p(.class("hint"), .text(L("simulation.page.never_checked", ["count": String(output.neverChecked)])))),
            .p(.class("hint"), .text(L("simulation.page.tekun_note"))),
            .h3(.text(L("simulation.chart.title"))),
            .div(.class("chart"), .raw(SimulationChart.svg(named))),
            .h3(.text(L("simulation.page.rows", ["count": String(result.rows.count)]))),
            .if(result.rows.count > rowLimit, .p(.class("hint"), .text(L("simulation.page.rows_limited", ["limit": String(rowLimit)])))),
            .table(.class("data compact"),
                   .thead(.tr(.forEach(SimulationSummary.rowColumns) { .th(.text(L("simulation.row.\($0)"))) })),
                   .tbody(.forEach(Array(shown)) { row in
                       let cells = SimulationSummary.rowCells(row, names: output.names)
                       return .tr(.td(.a(.href("/households/\(row.household.key)"), .text(cells[0]))), .forEach(cells.dropFirst()) { .td(.text($0)) })
                   }))
        )
    }
}
