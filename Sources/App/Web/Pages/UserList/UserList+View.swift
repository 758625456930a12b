import DoudiDomain
import Plot
import Vapor

extension UserList {
    static func render(_ model: Model, status: HTTPResponseStatus = .ok) -> Response {
        let content: Node<HTML.BodyContext> = .group(
            .unwrap(model.created) { created in
                .div(.class("notice ok"),
                     .p(.text(L("users.web.created", ["user": created.account.username]))),
                     .p(.text(L("users.web.initial_password")), .span(.class("id-number revealed"), .text(created.initialPassword))),
                     .p(.class("hint"), .text(L("users.web.initial_password_hint"))))
            },
            .unwrap(model.message) { .p(.class("notice error"), .text($0)) },
            createForm(model),
            DataTable.section(
                L("users.web.list"),
                headers: [L("users.web.username"), L("users.web.display_name"), L("users.web.role"), L("users.web.scope"),
                          L("users.web.state")],
                rows: model.rows.map { row in
                    [DataTable.link(row.account.username, "/users/\(row.account.id.uuidString)"), .text(row.account.displayName),
                     .text(row.account.role.label()), .text(row.scopeName), .text(row.account.stateLabel(at: model.now))]
                })
        )
        return PageLayout(title: L("users.web.title"), login: model.login, section: .users).render(content, status: status)
    }

    private static func createForm(_ model: Model) -> Node<HTML.BodyContext> {
        let form = model.form
        return .section(
            .class("no-print"),
            .h2(.text(L("users.web.create"))),
            .form(
                .action("/users"), .method(.post), .class("search"),
                CSRFField.node(model.login.csrfToken),
                FormField.node(L("users.web.username"), .input(.type(.text), .id("username"), .name("username"), .required(true),
                                                             .escapedValue(form?.username ?? ""), .attribute(named: "autocomplete", value: "off")),
                               id: "username"),
                FormField.node(L("users.web.display_name"), .input(.type(.text), .id("displayName"), .name("displayName"),
                                                                 .escapedValue(form?.displayName ?? "")), id: "displayName"),
                FormField.node(L("users.web.role"), UserPage.roleSelect(selected: form?.role, placeholder: true), id: "role"),
                FormField.node(L("users.web.scope"), SelectControl.node(
                    id: "region", name: "region",
                    // No default area: a forgotten choice must fail, not create an account for the whole area.
                    options: [("", L("common.choose"))]
                        + model.regionOptions.map { ($0.code, String(repeating: "　", count: $0.depth) + $0.name) },
                    selected: form?.region ?? ""), id: "region"),
                .button(.type(.submit), .text(L("users.web.create_submit")))
            ),
            .p(.class("hint"), .text(L("users.web.create_hint")))
        )
    }
}
