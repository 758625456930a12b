import DoudiDomain
import Plot
import Vapor

extension PolicyPage {
    static func render(_ model: Model) -> Response {
        let content: Node<HTML.BodyContext> = .group(
            .form(.action("/policy"), .method(.get), .class("search no-print"),
                  FormField.node(L("policy.page.region"), .input(.type(.text), .id("region"), .name("region"),
                                                               .escapedValue(model.region.value)), id: "region"),
                  FormField.node(L("policy.page.date"), .input(.type(.date), .id("date"), .name("date"),
                                                             .escapedValue(model.date.iso)), id: "date"),
                  FormField.node(L("policy.compliance.urban_consumption"), .input(.type(.text), .id("urban_consumption"),
                      .name("urban_consumption"), .attribute(named: "inputmode", value: "decimal"),
                      .escapedValue(model.input.urbanConsumption ?? "")), id: "urban_consumption"),
                  FormField.node(L("policy.compliance.rural_consumption"), .input(.type(.text), .id("rural_consumption"),
                      .name("rural_consumption"), .attribute(named: "inputmode", value: "decimal"),
                      .escapedValue(model.input.ruralConsumption ?? "")), id: "rural_consumption"),
                  .button(.type(.submit), .text(L("search.submit")))),
            .unwrap(model.message) { .p(.class("notice error"), .text($0)) },
            complianceTable(model.compliance),
            .p(.text(L("policy.page.heading", ["region": model.regionPath.joined(separator: " › "), "date": model.date.iso]))),
            .table(
                .class("data"),
                .thead(.tr(.forEach(["parameter", "value", "from", "set_by", "source"]) { .th(.text(L("policy.page.column.\($0)"))) })),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.text(row.label), .br(), .span(.class("hint"), .text(row.key))),
                        .td(.text(row.current?.value ?? "—"),
                            .if(row.history.count > 1, .element(named: "details", nodes: [
                                .element(named: "summary", text: L("policy.page.history", ["count": String(row.history.count)])),
                                .ul(.forEach(row.history) { entry in
                                    .li(.text("\(entry.from.iso) \(entry.value)（\(entry.setBy)）"))
                                }),
                            ]))),
                        .td(.span(.class("nowrap"), .text(row.current?.from.iso ?? "—"))), .td(.text(row.current?.setBy ?? "—")),
                        .td(.span(.class("detail"), .text(row.current?.source ?? "—"))))
                })
            )
        )
        return PageLayout(title: L("policy.page.title"), login: model.login, section: .policy).render(content)
    }

    /// 低保标准合规: shown only when a consumption figure was given.
    private static func complianceTable(_ rows: [Compliance]) -> Node<HTML.BodyContext> {
        .if(!rows.isEmpty, .group(
            .h2(.text(L("policy.compliance.heading"))),
            .table(.class("data"),
                   .thead(.tr(.forEach(["area", "consumption", "band", "standard", "verdict"]) { .th(.text(L("policy.compliance.column.\($0)"))) })),
                   .tbody(.forEach(rows) { row in
                       .tr(.td(.text(row.area.label())), .td(.text(L("policy.value.yuan", ["amount": row.consumption.yuanText]))),
                           .td(.text(L("policy.compliance.band", ["low": row.low.yuanText, "high": row.high.yuanText]))),
                           .td(.text(L("policy.value.yuan", ["amount": row.standard.yuanText]))),
                           .td(.class(row.verdict == .within ? "ok" : "flag"), .text(L("policy.compliance.verdict.\(row.verdict.rawValue)"))))
                   }))
        ))
    }
}
