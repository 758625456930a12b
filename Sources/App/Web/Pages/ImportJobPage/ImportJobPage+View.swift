import DoudiDomain
import Plot
import Vapor

extension ImportJobPage {
    static func render(_ model: Model) -> Response {
        let content: Node<HTML.BodyContext>
        let fileName: String
        switch model.state {
        case let .running(job):
            fileName = job.fileName
            content = running(job)
        case let .finished(job, preview, count):
            fileName = job.fileName
            content = finished(job, preview: preview, issueCount: count)
        }
        // File names are chosen by people and sometimes carry an ID number.
        return PageLayout(title: L("import.job.title", ["file": IDNumberRedaction.redact(fileName)]), login: model.login, section: .imports)
            .render(.group(content, .p(.class("no-print"), .a(.href("/imports"), .text(L("import.job.back"))))))
    }

    /// A progress bar that `doudi.js` keeps current from the status endpoint, reloading
    /// the page when the job ends; without script the refresh link does the same.
    private static func running(_ job: ImportJobBoard.Running) -> Node<HTML.BodyContext> {
        let progress = job.progress
        return .group(
            DataTable.facts([
                (L("import.upload.kind"), .text(job.kind.label())),
                (L("import.jobs.file"), .text(IDNumberRedaction.redact(job.fileName))),
                (L("import.jobs.started"), .text(ShanghaiTime.second(job.startedAt))),
            ]),
            .div(
                .class("job-progress"), .attribute(named: "data-status", value: "/imports/\(job.id.uuidString)/status"),
                .element(named: "progress", nodes: [
                    .attribute(named: "max", value: String(max(1, progress?.total ?? 0))),
                    .if((progress?.total ?? 0) > 0, .attribute(named: "value", value: String(progress?.done ?? 0))),
                ]),
                .span(.class("job-phase"), .text(phaseText(progress)))
            ),
            .p(.class("no-print"), .a(.href("/imports/\(job.id.uuidString)"), .text(L("import.job.refresh"))))
        )
    }

    /// "读取文件 12,000 / 100,000" or the waiting text before the importer reports.
    static func phaseText(_ progress: ImportProgress?) -> String {
        guard let progress else { return L("import.job.waiting") }
        let title = L("import.progress.\(progress.phase.rawValue)")
        return progress.total > 0 ? "\(title) \(progress.done) / \(progress.total)" : "\(title) \(progress.done)"
    }

    private static func finished(_ job: ImportJob, preview: [ImportIssue], issueCount: Int) -> Node<HTML.BodyContext> {
        let noticeClass = job.status == .succeeded ? "notice ok" : "notice error"
        let report = "/imports/\(job.id.uuidString)/report"
        return .group(
            .p(.class(noticeClass), .text(L("import.status.\(job.status.rawValue)") + "：" + summary(job))),
            DataTable.facts([
                (L("import.upload.kind"), .text(job.kind.label())),
                (L("import.jobs.file"), .text(IDNumberRedaction.redact(job.fileName))),
                (L("import.job.sha256"), .span(.class("hash"), .text(job.fileSHA256))),
                (L("import.job.legacy"), .text(L(job.legacy ? "common.yes" : "common.no"))),
                (L("import.jobs.started"), .text(ShanghaiTime.second(job.startedAt))),
                (L("import.job.finished"), .text(ShanghaiTime.second(job.finishedAt))),
                (L("import.batches.rows"), .text(String(job.rowsTotal))),
                (L("import.job.batch"), DataTable.text(job.batchID?.uuidString)),
            ]),
            .if(issueCount > 0, .group(
                .p(.class("no-print"),
                   DataTable.link(L("import.job.download_xlsx"), report + "?format=xlsx"), .text(" · "),
                   DataTable.link(L("import.job.download_csv"), report + "?format=csv")),
                .if(issueCount > preview.count, .p(.class("hint"), .text(L("import.job.preview_only", [
                    "shown": String(preview.count), "total": String(issueCount),
                ])))),
                // Values and reasons (which may quote a cell, e.g. a headerless file's
                // first row read as headers) are shown with ID numbers masked; the
                // downloaded report gives the uploader their own file's values in full.
                DataTable.section(L("import.job.issues"),
                                  headers: ["line", "column", "value", "reason", "severity"].map { L("import.report.\($0)") },
                                  rows: preview.map { issue in
                                      [.text(issue.line == 0 ? "" : String(issue.line)), .text(issue.columnLabel()),
                                       .text(IDNumberRedaction.redact(issue.value)), .text(IDNumberRedaction.redact(issue.reason())),
                                       .text(L("import.report.severity.\(issue.severity.rawValue)"))]
                                  }, numeric: [0])
            ))
        )
    }
}
