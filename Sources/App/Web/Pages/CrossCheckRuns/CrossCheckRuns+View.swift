import DoudiDomain
import Plot
import Vapor

extension CrossCheckRuns {
    static func render(_ model: Model, status: HTTPResponseStatus = .ok) -> Response {
        let content: Node<HTML.BodyContext> = .group(
            .unwrap(model.message) { .p(.class("notice error"), .text($0)) },
            .if(model.mayStart, startForm(model)),
            DataTable.section(
                L("crosscheck.runs.list"),
                headers: ["started", "region", "by", "rules", "hits", "new", "changed", "unchanged"].map { L("crosscheck.runs.column.\($0)") },
                rows: model.rows.map { row in
                    let run = row.run
                    return [.a(.href("/crosscheck/runs/\(UUIDText.string(run.id))"), .text(ShanghaiTime.second(run.startedAt))),
                            .text(row.regionName), .text(run.startedBy), .text(String(run.rules.count)), .text(String(run.hits)),
                            .text(String(run.findingsNew)), .text(String(run.findingsChanged)), .text(String(run.findingsUnchanged))]
                }, numeric: [3, 4, 5, 6, 7]),
            .p(.class("no-print"), .a(.href("/findings"), .text(L("crosscheck.runs.to_findings"))))
        )
        return PageLayout(title: L("crosscheck.runs.title"), login: model.login, section: .findings).render(content, status: status)
    }

    private static func startForm(_ model: Model) -> Node<HTML.BodyContext> {
        .section(
            .class("no-print"),
            .h2(.text(L("crosscheck.runs.start"))),
            .form(
                .action("/crosscheck"), .method(.post), .class("stacked"),
                CSRFField.node(model.login.csrfToken),
                FormField.node(L("search.region"), SelectControl.node(
                    id: "region", name: "region",
                    options: model.regionOptions.map { ($0.code, String(repeating: "　", count: $0.depth) + $0.name) }, selected: nil), id: "region"),
                .fieldset(
                    .element(named: "legend", text: L("crosscheck.runs.rules")),
                    .forEach(AuditRule.allCases) { rule in
                        .label(.class("check"),
                               .input(.type(.checkbox), .name("rules[]"), .value(rule.code), .attribute(named: "checked", value: "checked")),
                               .text(" \(rule.code) \(rule.name())"))
                    }
                ),
                .button(.type(.submit), .text(L("crosscheck.runs.start.submit"))),
                .p(.class("hint"), .text(L("crosscheck.runs.start.hint")))
            )
        )
    }
}
