import DoudiDomain
import Plot
import Vapor

extension AuditSearch {
    static func render(_ model: Model) -> Response {
        let content: Node<HTML.BodyContext> = .group(
            form(model),
            .unwrap(model.message) { .p(.class("notice error"), .text($0)) },
            .unwrap(model.verification) { verification($0) },
            results(model),
            pager(model)
        )
        return PageLayout(title: L("audit.search.title"), login: model.login, section: .audit).render(content)
    }

    private static func form(_ model: Model) -> Node<HTML.BodyContext> {
        let c = model.criteria
        return .div(
            .class("no-print"),
            .form(
                .action("/audit"), .method(.get), .class("search"),
                FormField.node(L("audit.search.actor"), .input(.type(.text), .id("actor"), .name("actor"), .escapedValue(c.actor ?? "")), id: "actor"),
                FormField.node(L("audit.search.action"), SelectControl.node(
                    id: "action", name: "action", options: [("", L("search.any"))] + AuditAction.all.map { ($0, AuditAction.label($0)) },
                    selected: c.action ?? ""), id: "action"),
                FormField.node(L("search.region"), SelectControl.node(
                    id: "region", name: "region",
                    options: [("", L("search.any"))] + model.regionOptions.map { ($0.code, String(repeating: "　", count: $0.depth) + $0.name) },
                    selected: c.region ?? ""), id: "region"),
                FormField.node(L("audit.search.subject"), .input(.type(.text), .id("subject"), .name("subject"), .escapedValue(c.subject ?? "")), id: "subject"),
                FormField.node(L("audit.search.from"), .input(.type(.date), .id("from"), .name("from"), .escapedValue(c.from ?? "")), id: "from"),
                FormField.node(L("audit.search.to"), .input(.type(.date), .id("to"), .name("to"), .escapedValue(c.to ?? "")), id: "to"),
                .button(.type(.submit), .text(L("search.submit")))
            ),
            .form(.action("/audit/verify"), .method(.post), .class("inline"),
                  CSRFField.node(model.login.csrfToken),
                  .button(.type(.submit), .class("secondary"), .text(L("audit.verify.button"))),
                  .span(.class("hint"), .text(" " + L("audit.verify.hint"))))
        )
    }

    private static func verification(_ result: Verification) -> Node<HTML.BodyContext> {
        result.findings.isEmpty
            ? .p(.class("notice ok"), .text(L("audit.verify.ok", ["count": String(result.entries)])))
            : .div(.class("notice error"),
                   .p(.text(L("audit.verify.failed", ["count": String(result.findings.count), "entries": String(result.entries)]))),
                   .ul(.forEach(result.findings) { .li(.text($0.message)) }))
    }

    private static func results(_ model: Model) -> Node<HTML.BodyContext> {
        DataTable.section(
            L("audit.search.results"),
            headers: ["seq", "time", "actor", "action", "subject", "region", "origin", "detail"].map { L("audit.column.\($0)") },
            rows: model.rows.map { row in
                let e = row.entry
                // Keys are time-ordered UUIDs, alike at the front: the tail tells them apart.
                let subjectText = L("audit.subject.\(e.subjectKind)") + (e.subjectKey.isEmpty ? "" : " …" + String(e.subjectKey.suffix(8)))
                let subject: DataTable.Cell = row.subjectLink.map { .a(.href($0), .escapedAttribute(named: "title", value: e.subjectKey), .text(subjectText)) }
                    ?? .span(.escapedAttribute(named: "title", value: e.subjectKey), .text(subjectText))
                return [.text(String(e.sequence)), .text(ShanghaiTime.second(Date(millisSince1970: e.atMillis))),
                        DataTable.text(e.actorName), .text(AuditAction.label(e.action)), subject,
                        .span(.class("nowrap"), .text(row.regionName)), .text(e.origin), .span(.class("detail"), .text(IDNumberRedaction.redact(AuditDetailText.format(e.detail))))]
            }, numeric: [0])
    }

    private static func pager(_ model: Model) -> Node<HTML.BodyContext> {
        let page = model.criteria.pageNumber
        return .nav(.class("pager no-print"),
                    .if(page > 1, .a(.href("/audit?" + model.criteria.queryString(page: page - 1)), .text(L("search.previous")))),
                    .span(.text(L("search.page", ["page": String(page)]))),
                    .if(model.hasNext, .a(.href("/audit?" + model.criteria.queryString(page: page + 1)), .text(L("search.next")))))
    }
}
