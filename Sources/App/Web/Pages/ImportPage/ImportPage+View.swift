import DoudiDomain
import Plot
import Vapor

extension ImportPage {
    static func render(_ model: Model, status: HTTPResponseStatus = .ok) -> Response {
        let content: Node<HTML.BodyContext> = .group(
            .unwrap(model.message) { .p(.class("notice error"), .text($0)) },
            uploadForm(model),
            jobs(model),
            templates(),
            areaBatches(model)
        )
        return PageLayout(title: L("import.page.title"), login: model.login, section: .imports).render(content, status: status)
    }

    private static func uploadForm(_ model: Model) -> Node<HTML.BodyContext> {
        .section(
            .class("no-print"),
            .h2(.text(L("import.upload.heading"))),
            .form(
                .action("/imports"), .method(.post), .class("search"),
                .attribute(named: "enctype", value: "multipart/form-data"),
                CSRFField.node(model.login.csrfToken),
                FormField.node(L("import.upload.kind"), SelectControl.node(
                    id: "kind", name: "kind", options: [("", L("common.choose"))] + ImportKind.allCases.map { ($0.rawValue, $0.label()) },
                    selected: model.selectedKind?.rawValue ?? ""), id: "kind"),
                FormField.node(L("import.upload.file"), .input(.type(.file), .id("file"), .name("file"), .required(true),
                                                             .attribute(named: "accept", value: ".csv,.xlsx")), id: "file"),
                .div(.class("field check"),
                     .label(.input(.type(.checkbox), .name("legacy"), .value("on")), .text(" " + L("import.upload.legacy")))),
                .button(.type(.submit), .text(L("import.upload.submit")))
            ),
            .p(.class("hint"), .text(L("import.upload.hint", ["size": String(model.uploadLimitBytes / (1024 * 1024))])))
        )
    }

    private static func jobs(_ model: Model) -> Node<HTML.BodyContext> {
        let running: [[DataTable.Cell]] = model.running.map { job in
            [.text(ShanghaiTime.second(job.startedAt)), .text(job.kind.label()), .text(IDNumberRedaction.redact(job.fileName)),
             .span(.class("flag"), .text(L("import.status.running"))), .text(""),
             DataTable.link(L("import.jobs.view"), "/imports/\(job.id.uuidString)")]
        }
        let finished: [[DataTable.Cell]] = model.finished.map { job in
            [.text(ShanghaiTime.second(job.startedAt)), .text(job.kind.label()), .text(IDNumberRedaction.redact(job.fileName)),
             .text(L("import.status.\(job.status.rawValue)")), .text(ImportJobPage.summary(job)),
             DataTable.link(L("import.jobs.view"), "/imports/\(job.id.uuidString)")]
        }
        return DataTable.section(L("import.jobs.heading"),
                                 headers: [L("import.jobs.started"), L("import.upload.kind"), L("import.jobs.file"),
                                           L("import.jobs.status"), L("import.jobs.result"), ""],
                                 rows: running + finished)
    }

    private static func templates() -> Node<HTML.BodyContext> {
        DataTable.section(L("import.templates.heading"),
                          headers: [L("import.upload.kind"), L("import.templates.columns"), L("import.templates.download")],
                          rows: ImportKind.allCases.map { kind in
                              [.text(kind.label()),
                               .text(kind.columns.map { ($0.required ? "★" : "") + $0.header() }.joined(separator: "、")),
                               .group(DataTable.link("Excel", "/imports/template?kind=\(kind.rawValue)&format=xlsx"), .text(" · "),
                                      DataTable.link("CSV", "/imports/template?kind=\(kind.rawValue)&format=csv"))]
                          })
    }

    private static func areaBatches(_ model: Model) -> Node<HTML.BodyContext> {
        DataTable.section(L("import.batches.heading"),
                          headers: [L("import.batches.time"), L("import.upload.kind"), L("import.jobs.file"), L("import.batches.rows"),
                                    L("import.batches.added"), L("import.batches.changed"), L("import.batches.unchanged"),
                                    L("import.batches.by")],
                          rows: model.areaBatches.map { entry in
                              let b = entry.batch
                              return [.text(ShanghaiTime.second(b.importedAt)),
                                      .text(ImportKind(rawValue: b.kind)?.label() ?? b.kind), .text(IDNumberRedaction.redact(b.fileName)),
                                      .text(String(b.rowsTotal)), .text(String(b.rowsAdded)), .text(String(b.rowsChanged)),
                                      .text(String(b.rowsUnchanged)), .text(entry.importedBy)]
                          }, numeric: [3, 4, 5, 6])
    }
}
