import DoudiDomain
import Plot
import Vapor

extension RegionTree {
    static func render(_ model: Model) -> Response {
        let content: Plot.Node<HTML.BodyContext> = .group(
            .nav(.class("trail"), .forEach(model.trail) { region in
                .group(.a(.href("/regions/\(region.code.value)"), .text(region.name)), .text(" › "))
            }, .strong(.text(model.region.name))),
            .p(.text(L("regions.summary", ["code": model.region.code.value, "count": String(model.households)])),
               .text(" "), .a(.href("/households?region=\(model.region.code.value)"), .text(L("regions.list_households")))),
            model.children.isEmpty ? .p(.class("empty"), .text(L("regions.no_children"))) : .table(
                .class("data"),
                .thead(.tr(.th(.text(L("regions.code"))), .th(.text(L("regions.name"))), .th(.text(L("regions.households"))))),
                .tbody(.forEach(model.children) { child in
                    .tr(.td(.text(child.code)),
                        .td(child.hasChildren ? .a(.href("/regions/\(child.code)"), .text(child.name)) : .text(child.name)),
                        .td(.class("num"), .a(.href("/households?region=\(child.code)"), .text(String(child.households)))))
                })
            )
        )
        return PageLayout(title: L("regions.title"), login: model.login, section: .regions).render(content)
    }
}
