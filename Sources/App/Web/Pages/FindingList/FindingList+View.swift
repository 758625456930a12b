import DoudiDomain
import Plot
import Vapor

extension FindingList {
    static func render(_ model: Model) -> Response {
        let content: Node<HTML.BodyContext> = .group(
            form(model),
            .unwrap(model.message) { .p(.class("notice error"), .text($0)) },
            counts(model),
            results(model),
            pager(model)
        )
        return PageLayout(title: L("findings.title"), login: model.login, section: .findings).render(content)
    }

    private static func form(_ model: Model) -> Node<HTML.BodyContext> {
        let c = model.criteria
        let exportQuery = c.queryString(page: nil)
        return .div(
            .class("no-print"),
            .form(
                .action("/findings"), .method(.get), .class("search"),
                FormField.node(L("search.region"), SelectControl.node(
                    id: "region", name: "region",
                    options: [("", L("search.any"))] + model.regionOptions.map { ($0.code, String(repeating: "　", count: $0.depth) + $0.name) },
                    selected: c.region ?? ""), id: "region"),
                FormField.node(L("findings.rule"), SelectControl.node(
                    id: "rule", name: "rule", options: [("", L("search.any"))] + AuditRule.allCases.map { ($0.code, "\($0.code) \($0.name())") },
                    selected: c.rule ?? ""), id: "rule"),
                FormField.node(L("findings.severity"), SelectControl.node(
                    id: "severity", name: "severity",
                    options: [("", L("search.any"))] + ["high", "medium", "low"].map { ($0, L("findings.severity.\($0)")) },
                    selected: c.severity ?? ""), id: "severity"),
                FormField.node(L("findings.status"), SelectControl.node(
                    id: "status", name: "status", options: [("", L("search.any"))] + FindingStatus.allCases.map { ($0.rawValue, $0.label()) },
                    selected: c.status ?? ""), id: "status"),
                .button(.type(.submit), .text(L("search.submit")))
            ),
            .p(.class("actions"),
               .a(.href("/findings/export.csv" + (exportQuery.isEmpty ? "" : "?" + exportQuery)), .text(L("findings.export.csv"))),
               .text(" · "),
               .a(.href("/findings/export.xlsx" + (exportQuery.isEmpty ? "" : "?" + exportQuery)), .text(L("findings.export.xlsx"))),
               .text(" · "),
               .a(.href("/crosscheck"), .text(L("findings.runs"))))
        )
    }

    /// One row per township: the total, by severity, and by rule as a wrapped list, so the
    /// table stays as narrow as an A4 page however many rules fire.
    private static func counts(_ model: Model) -> Node<HTML.BodyContext> {
        let severities: [IdentityRule.Severity] = [.high, .medium, .low]
        return DataTable.section(
            L("findings.counts"),
            headers: [L("findings.township"), L("findings.total")] + severities.map { L("findings.severity.\($0.rawValue)") } + [L("findings.by_rule")],
            rows: model.counts.map { township in
                let bySeverity = severities.map { severity in
                    model.countedRules.filter { $0.severity == severity }.reduce(0) { $0 + (township.byRule[$1.code] ?? 0) }
                }
                let list = model.countedRules.compactMap { rule in township.byRule[rule.code].map { "\(rule.code) \($0)" } }
                // Each "code count" kept on one line; the list wraps between them.
                return [.text(township.name), .text(String(township.byRule.values.reduce(0, +)))] + bySeverity.map { .text(String($0)) }
                    + [.span(.class("detail"), .forEach(list.enumerated()) { index, item in
                        .group(.if(index > 0, .text("、")), .span(.class("nowrap"), .text(item)))
                    })]
            },
            numeric: [1, 2, 3, 4])
    }

    private static func results(_ model: Model) -> Node<HTML.BodyContext> {
        DataTable.section(
            L("findings.results"),
            headers: ["rule", "severity", "status", "region", "person", "last_seen"].map { L("findings.column.\($0)") },
            rows: model.rows.map { row in
                let item = row.item
                return [.a(.href("/findings/\(UUIDText.string(item.id))"), .text("\(item.rule.code) \(item.rule.name())")),
                        .text(L("findings.severity.\(item.rule.severity.rawValue)")),
                        .text(item.status.label() + (item.evidenceChanged ? "（" + L("finding.evidence_changed") + "）" : "")),
                        .span(.class("nowrap"), .text(row.regionName)), .text(item.subjectName), .text(ShanghaiTime.second(item.lastSeenAt))]
            })
    }

    private static func pager(_ model: Model) -> Node<HTML.BodyContext> {
        let page = model.criteria.pageNumber
        return .nav(.class("pager no-print"),
                    .if(page > 1, .a(.href("/findings?" + model.criteria.queryString(page: page - 1)), .text(L("search.previous")))),
                    .span(.text(L("search.page", ["page": String(page)]))),
                    .if(model.hasNext, .a(.href("/findings?" + model.criteria.queryString(page: page + 1)), .text(L("search.next")))))
    }
}
