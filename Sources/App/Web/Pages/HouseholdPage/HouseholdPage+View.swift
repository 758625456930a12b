import DoudiDomain
import Plot
import Vapor

extension HouseholdPage {
    static func render(_ model: Model) -> Response {
        let d = model.dossier
        let h = d.household
        let names = model.personNames
        let name: (UUID?) -> String = { id in id.flatMap { names[$0] } ?? "—" }
        let content: Node<HTML.BodyContext> = .group(
            .unwrap(model.message) { .p(.class("notice ok"), .attribute(named: "role", value: "status"), .text($0)) },
            .section(
                .h2(.text(L("household.basics"))),
                DataTable.facts([
                    (L("household.no"), .text(h.householdNo)),
                    (L("household.region"), .text(model.regionPath.joined(separator: " › "))),
                    (L("household.address"), .text(h.address)),
                    (L("household.area_kind"), .text(h.areaKind.label())),
                ]),
                .if(model.mayEdit, editForm(model))
            ),
            DataTable.section(L("household.members"),
                headers: [L("person.name"), L("membership.relationship"), L("person.id_number"), L("person.sex"),
                          L("person.birth_date"), L("person.disability"), L("membership.counted")],
                rows: d.members.map { member in
                    let p = member.person
                    return [DataTable.link(p.name, "/persons/\(p.id.uuidString)"), .text(member.membership.relationship.label()),
                            .span(.class("id-number"), .text(p.idNumber.masked())), DataTable.text(p.sex?.label()),
                            DataTable.text(p.birthDate?.iso),
                            DataTable.text(p.disability.map { "\($0.category.label())\($0.grade.label())" }),
                            .text(member.membership.isCounted ? L("common.yes") : L("common.no"))]
                }),
            DataTable.section(L("household.relations"),
                headers: [L("relation.person"), L("relation.kind"), L("relation.id_number"), L("relation.note")],
                rows: d.relations.map { r in
                    [.text(name(r.personID)), .text(r.kind.label()), .span(.class("id-number"), .text(r.relatedIDNumber.masked())),
                     DataTable.text(r.note)]
                }),
            DataTable.section(L("household.incomes"),
                headers: [L("income.person"), L("income.category"), L("income.item"), L("income.amount"), L("income.period"), L("income.source")],
                rows: d.incomes.map { i in
                    [.text(name(i.personID)), .text(i.category.label()), .text(i.item), .text(i.amount.yuanText),
                     .text("\(i.fromMonth.iso)–\(i.toMonth.iso)"), DataTable.text(i.source)]
                }, numeric: [3]),
            DataTable.section(L("household.assets"),
                headers: [L("asset.person"), L("asset.kind"), L("asset.description"), L("asset.value"), L("asset.verified_on"), L("asset.source")],
                rows: d.assets.map { a in
                    [.text(name(a.personID)), .text(a.kind.label()), DataTable.text(a.description), DataTable.text(a.value?.yuanText),
                     .text(a.verifiedOn.iso), DataTable.text(a.source)]
                }, numeric: [3]),
            DataTable.section(L("household.enrollments"),
                headers: [L("enrollment.certificate"), L("enrollment.program"), L("enrollment.status"), L("enrollment.coverage"),
                          L("enrollment.members"), L("enrollment.amount"), L("enrollment.started"), L("enrollment.ended"), L("enrollment.next_review")],
                rows: d.enrollments.map { e in
                    [.text(e.certificateNo), .text(e.program.label()), .text(e.status.label()), .text(e.coverage.label()),
                     .text(e.memberIDs.map(name).joined(separator: "、")), .text(e.monthlyAmount.yuanText), .text(e.startedOn.iso),
                     DataTable.text(e.endedOn?.iso), DataTable.text(e.nextReviewOn?.iso)]
                }, numeric: [5]),
            dibaoSection(model.dibaoChecks),
            tekunSection(model.tekunChecks),
            DataTable.section(L("household.payments"),
                headers: [L("payment.certificate"), L("payment.month"), L("payment.amount"), L("payment.status"), L("payment.paid_on")],
                rows: d.payments.map { p in
                    [.text(d.enrollments.first { $0.id == p.enrollmentID }?.certificateNo ?? "—"), .text(p.month.iso),
                     .text(p.amount.yuanText), .text(p.status.label()), DataTable.text(p.paidOn?.iso)]
                }, numeric: [2]),
            DataTable.section(L("household.history"),
                headers: [L("history.at"), L("history.entity"), L("history.action"), L("history.by")],
                rows: d.history.map { c in
                    [.text(ShanghaiTime.second(c.changedAt)), .text(L("history.entity.\(c.entity)")),
                     .text(L("history.action.\(c.action.rawValue)")), .text(model.userNames[c.changedBy] ?? "—")]
                })
        )
        return PageLayout(title: L("household.title", ["no": h.householdNo]), login: model.login, section: .households).render(content)
    }

    private static func editForm(_ model: Model) -> Node<HTML.BodyContext> {
        let h = model.dossier.household
        return .details(
            .class("no-print"),
            .summary(.text(L("household.edit"))),
            .form(
                .action("/households/\(h.id.uuidString)/edit"), .method(.post), .class("narrow"),
                CSRFField.node(model.login.csrfToken),
                .label(.for("address"), .text(L("household.address"))),
                .input(.type(.text), .id("address"), .name("address"), .escapedValue(h.address), .required(true)),
                .label(.for("areaKind"), .text(L("household.area_kind"))),
                SelectControl.node(id: "areaKind", name: "areaKind", options: AreaKind.allCases.map { ($0.rawValue, $0.label()) },
                                   selected: h.areaKind.rawValue),
                .button(.type(.submit), .text(L("common.save")))
            )
        )
    }
}
