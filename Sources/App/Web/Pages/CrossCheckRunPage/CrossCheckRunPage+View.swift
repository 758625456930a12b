import DoudiDomain
import Plot
import Vapor

extension CrossCheckRunPage {
    static func render(_ model: Model) -> Response {
        let content: Node<HTML.BodyContext>
        switch model.state {
        case let .running(job): content = running(job, region: model.regionName)
        case let .failed(job, reason):
            content = .group(DataTable.facts([(L("search.region"), .text(model.regionName)),
                                              (L("crosscheck.runs.column.started"), .text(ShanghaiTime.second(job.startedAt)))]),
                             .p(.class("notice error"), .text(reason)))
        case let .stored(run): content = stored(run, region: model.regionName)
        }
        return PageLayout(title: L("crosscheck.run.title", ["region": model.regionName]), login: model.login, section: .findings)
            .render(.group(content, .p(.class("no-print"), .a(.href("/crosscheck"), .text(L("crosscheck.run.back"))))))
    }

    /// The phase as a progress bar that `doudi.js` polls; the page reloads when the run ends.
    private static func running(_ job: CrossCheckBoard.Job, region: String) -> Node<HTML.BodyContext> {
        .group(
            DataTable.facts([(L("search.region"), .text(region)), (L("crosscheck.runs.column.started"), .text(ShanghaiTime.second(job.startedAt)))]),
            .div(
                .class("job-progress"), .attribute(named: "data-status", value: "/crosscheck/jobs/\(UUIDText.string(job.id))/status"),
                .element(named: "progress", nodes: [.attribute(named: "max", value: "100"), .attribute(named: "value", value: String(percent(job)))]),
                .span(.class("job-phase"), .text(phaseText(job)))
            ),
            .p(.class("no-print"), .a(.href("/crosscheck/jobs/\(UUIDText.string(job.id))"), .text(L("import.job.refresh"))))
        )
    }

    static func percent(_ job: CrossCheckBoard.Job) -> Int {
        let phases = CrossCheckRunner.Phase.allCases
        guard let phase = job.phase, let index = phases.firstIndex(of: phase) else { return 0 }
        return Int((Double(index) + job.fraction) / Double(phases.count) * 100)
    }

    static func phaseText(_ job: CrossCheckBoard.Job) -> String {
        job.phase.map { L("crosscheck.phase.\($0.rawValue)") } ?? L("crosscheck.job.waiting")
    }

    private static func stored(_ run: CrossCheckRunRecord, region: String) -> Node<HTML.BodyContext> {
        let rules = AuditRule.allCases.filter { run.rules.contains($0.code) }
        return .group(
            DataTable.facts([
                (L("search.region"), .text(region)),
                (L("crosscheck.runs.column.by"), .text(run.startedBy)),
                (L("crosscheck.runs.column.started"), .text(ShanghaiTime.second(run.startedAt))),
                (L("crosscheck.run.finished"), .text(ShanghaiTime.second(run.finishedAt))),
                (L("crosscheck.run.roll_rows"), .text(String(run.rollRows))),
                (L("crosscheck.run.batches"), .text(String(run.batchCount))),
                (L("crosscheck.runs.column.hits"), .text(String(run.hits))),
            ]),
            DataTable.section(
                L("crosscheck.run.by_rule"),
                headers: ["code", "rule", "new", "changed", "reopened", "unchanged"].map { L("crosscheck.summary.column.\($0)") },
                rows: rules.map { rule in
                    let c = run.counts[rule.code] ?? FindingStore.Counts()
                    let link = "/findings?region=\(run.region)&rule=\(rule.code)"
                    return [.a(.href(link), .text(rule.code)), .text(rule.name()), .text(String(c.new)), .text(String(c.changed)),
                            .text(String(c.reopened)), .text(String(c.unchanged))]
                }, numeric: [2, 3, 4, 5])
        )
    }
}
