import DoudiDomain
import Plot
import Vapor

extension PersonPage {
    static func render(_ model: Model) -> Response {
        let p = model.person
        let idCell: Node<HTML.BodyContext> = .group(
            .span(.class(model.revealedIDNumber == nil ? "id-number" : "id-number revealed"), .text(model.revealedIDNumber ?? p.idNumber.masked())),
            .if(p.idNumber.status != .valid, .span(.class("flag"), .text(" " + p.idNumber.status.label()))),
            .if(model.mayReveal && model.revealedIDNumber == nil, .form(
                .action("/persons/\(p.id.uuidString)/reveal"), .method(.post), .class("inline no-print"),
                .escapedAttribute(named: "data-confirm", value: L("person.reveal_confirm")),
                CSRFField.node(model.login.csrfToken),
                .button(.type(.submit), .class("secondary"), .text(L("person.reveal")))
            )),
            .if(model.revealedIDNumber != nil, .span(.class("hint"), .text(L("person.revealed_logged"))))
        )
        let content: Node<HTML.BodyContext> = .group(
            .section(.h2(.text(L("person.basics"))), DataTable.facts([
                (L("person.name"), .text(p.name)),
                (L("person.id_number"), idCell),
                (L("person.sex"), DataTable.text(p.sex?.label())),
                (L("person.birth_date"), DataTable.text(p.birthDate?.iso)),
                (L("person.age"), DataTable.text(p.age(on: .today()).map(String.init))),
                (L("person.ethnicity"), DataTable.text(p.ethnicity)),
                (L("person.region"), .text(model.regionPath.joined(separator: " › "))),
                (L("person.hukou_type"), DataTable.text(p.hukouType?.label())),
                (L("person.disability"), DataTable.text(p.disability.map {
                    let kind = "\($0.category.label())\($0.grade.label())"
                    return $0.certificateNo.map { L("person.disability_certificate", ["kind": kind, "number": IDNumberRedaction.redact($0)]) } ?? kind
                })),
                (L("person.serious_illness"), DataTable.text(p.hasSeriousIllness ? (p.seriousIllness ?? L("common.yes")) : nil)),
                (L("person.labour_capacity"), DataTable.text(p.labourCapacity?.label())),
                (L("person.employment"), DataTable.text(p.employment?.label())),
                (L("person.schooling"), DataTable.text(p.schooling?.label())),
                (L("person.special_statuses"), DataTable.text(p.specialStatuses.map { $0.label() }.sorted().joined(separator: "、"))),
                (L("person.death_date"), DataTable.text(p.deathDate?.iso)),
            ])),
            DataTable.section(L("person.households"),
                headers: [L("household.no"), L("membership.relationship"), L("membership.started"), L("membership.ended")],
                rows: model.households.map { entry in
                    [DataTable.link(entry.household.householdNo, "/households/\(entry.household.id.uuidString)"),
                     .text(entry.membership.relationship.label()), DataTable.text(entry.membership.startedOn?.iso),
                     DataTable.text(entry.membership.endedOn?.iso)]
                })
        )
        return PageLayout(title: L("person.title", ["name": p.name]), login: model.login, section: .households).render(content)
    }
}
