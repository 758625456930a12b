import DoudiDomain
import Plot
import Vapor

extension FindingPage {
    static func render(_ model: Model) -> Response {
        let f = model.finding
        // A finding on an area has no person: its subject is the area, named below.
        let subject: Node<HTML.BodyContext> = f.personID.map { .a(.href("/persons/\(UUIDText.string($0))"), .text(f.subjectName)) }
            ?? .text(L("finding.subject.area", ["area": f.subjectName]))
        let content: Node<HTML.BodyContext> = .group(
            .unwrap(model.message) { .p(.class("notice ok"), .text($0)) },
            .p(.class("lead"), .text(FindingExplanation.sentence(f.rule, f.evidence))),
            DataTable.facts([
                (L("findings.rule"), .text("\(f.rule.code) \(f.rule.name())")),
                (L("findings.severity"), .text(L("findings.severity.\(f.rule.severity.rawValue)"))),
                (L("finding.basis"), .text(f.rule.basis())),
                (L("findings.status"), .text(f.status.label())),
                (L("findings.column.person"), subject),
                (L("finding.household"), f.householdID.map { .a(.href("/households/\(UUIDText.string($0))"), .text(L("finding.open_household"))) }
                    ?? .text("—")),
                (L("finding.certificate"), .text(f.program.map { "\(FindingExplanation.programLabel($0)) \(f.certificateNo ?? "")" } ?? (f.personID == nil ? "—" : L("finding.no_enrollment")))),
                (L("findings.column.region"), .text(model.regionName)),
                (L("finding.first_seen"), .text(ShanghaiTime.second(f.firstSeenAt))),
                (L("findings.column.last_seen"), .text(ShanghaiTime.second(f.lastSeenAt))),
            ]),
            evidence(f, names: model.areaNames),
            .if(model.mayDecide, decisionForm(model)),
            DataTable.section(L("finding.history"), headers: ["time", "decision", "by", "reason"].map { L("finding.history.\($0)") },
                              rows: f.history.map { [.text(ShanghaiTime.second($0.at)), .text($0.status.label()), .text($0.by), .text($0.reason)] })
        )
        return PageLayout(title: L("finding.title", ["rule": f.rule.name()]), login: model.login, section: .findings).render(content)
    }

    /// The evidence now; for a reopened finding, beside the evidence it was decided on.
    private static func evidence(_ f: FindingDetail, names: [String: String]) -> Node<HTML.BodyContext> {
        let now = FindingExplanation.facts(f.evidence, names: names)
        guard f.status == .reopened, let decided = f.decidedEvidence else {
            return DataTable.section(L("finding.evidence"), headers: [L("finding.evidence.item"), L("finding.evidence.value")],
                                     rows: now.map { [.text($0.0), .text($0.1)] })
        }
        let then = Dictionary(FindingExplanation.facts(decided, names: names), uniquingKeysWith: { first, _ in first })
        return DataTable.section(L("finding.evidence.changed"), headers: [L("finding.evidence.item"), L("finding.evidence.decided"), L("finding.evidence.now")],
                                 rows: now.map { label, value in
                                     let before = then[label] ?? "—"
                                     return [.text(label), .text(before), before == value ? .text(value) : .strong(.text(value))]
                                 })
    }

    private static func decisionForm(_ model: Model) -> Node<HTML.BodyContext> {
        .section(
            .class("no-print"),
            .h2(.text(L("finding.decide"))),
            .form(
                .action("/findings/\(UUIDText.string(model.finding.id))/decide"), .method(.post), .class("stacked"),
                CSRFField.node(model.login.csrfToken),
                FormField.node(L("finding.decision"), SelectControl.node(
                    id: "decision", name: "decision", options: FindingStatus.decisions.map { ($0.rawValue, $0.label()) }, selected: nil), id: "decision"),
                FormField.node(L("finding.reason"), .textarea(.id("reason"), .name("reason"), .attribute(named: "maxlength", value: "500"),
                                                              .attribute(named: "required", value: "required")), id: "reason"),
                .button(.type(.submit), .text(L("finding.decide.submit")))
            )
        )
    }
}
