import DoudiDomain
import Plot
import Vapor

extension HouseholdSearch {
    static func render(_ model: Model) -> Response {
        let c = model.criteria
        let form: Node<HTML.BodyContext> = .form(
            .action("/households/search"), .method(.post), .class("search no-print"),
            CSRFField.node(model.login.csrfToken),
            FormField.node(L("search.name"), .input(.type(.text), .id("name"), .name("name"), .escapedValue(c.name ?? "")), id: "name"),
            FormField.node(L("search.id_number"), .input(.type(.text), .id("idNumber"), .name("idNumber"), .escapedValue(""),
                                                .attribute(named: "autocomplete", value: "off"), .attribute(named: "inputmode", value: "text")), id: "idNumber"),
            FormField.node(L("search.region"), SelectControl.node(
                id: "region", name: "region",
                options: [("", L("search.any"))] + model.regionOptions.map { ($0.code, String(repeating: "　", count: $0.depth) + $0.name) },
                selected: c.region ?? ""), id: "region"),
            FormField.node(L("search.status"), SelectControl.node(
                id: "status", name: "status",
                options: [("", L("search.any"))] + EnrollmentStatus.allCases.map { ($0.rawValue, $0.label()) },
                selected: c.status ?? ""), id: "status"),
            .button(.type(.submit), .text(L("search.submit")))
        )
        let results: Node<HTML.BodyContext> = model.rows.isEmpty
            ? .p(.class("empty"), .text(L("search.none")))
            : .table(
                .class("data"),
                .thead(.tr(.th(.text(L("household.no"))), .th(.text(L("household.head"))), .th(.text(L("household.region"))),
                           .th(.text(L("household.address"))), .th(.text(L("household.size"))), .th(.text(L("household.enrollments"))))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.a(.href("/households/\(row.key)"), .text(row.householdNo))), .td(.text(row.headName)),
                        .td(.text(row.regionName)), .td(.text(row.address)), .td(.class("num"), .text(String(row.memberCount))),
                        .td(.text(row.enrollments.joined(separator: "；"))))
                })
            )
        let content: Node<HTML.BodyContext> = .group(
            form,
            .unwrap(model.message) { .p(.class("notice error"), .text($0)) },
            results,
            pager(model)
        )
        return PageLayout(title: L("search.title"), login: model.login, section: .households).render(content)
    }

    /// Previous / next page as POST forms carrying the criteria (never the ID number:
    /// a search by ID finds one household and has no further pages).
    private static func pager(_ model: Model) -> Node<HTML.BodyContext> {
        let page = model.criteria.pageNumber
        func button(_ target: Int, _ label: String) -> Node<HTML.BodyContext> {
            .form(.action("/households/search"), .method(.post), .class("inline"),
                  CSRFField.node(model.login.csrfToken),
                  .input(.type(.hidden), .name("name"), .escapedValue(model.criteria.name ?? "")),
                  .input(.type(.hidden), .name("region"), .escapedValue(model.criteria.region ?? "")),
                  .input(.type(.hidden), .name("status"), .escapedValue(model.criteria.status ?? "")),
                  .input(.type(.hidden), .name("page"), .value(String(target))),
                  .button(.type(.submit), .class("secondary"), .text(label)))
        }
        return .nav(.class("pager no-print"),
                    .if(page > 1, button(page - 1, L("search.previous"))),
                    .span(.text(L("search.page", ["page": String(page)]))),
                    .if(model.hasNext && model.criteria.idNumber == nil, button(page + 1, L("search.next"))))
    }
}
