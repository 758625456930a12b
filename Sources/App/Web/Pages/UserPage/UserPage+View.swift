import DoudiDomain
import Plot
import Vapor

extension UserPage {
    static func render(_ model: Model, status: HTTPResponseStatus = .ok) -> Response {
        let a = model.account
        let content: Node<HTML.BodyContext> = .group(
            .unwrap(model.notice) { .p(.class("notice ok"), .text($0)) },
            .unwrap(model.resetPassword) { password in
                .div(.class("notice ok"),
                     .p(.text(L("users.web.initial_password")), .span(.class("id-number revealed"), .text(password))),
                     .p(.class("hint"), .text(L("users.web.initial_password_hint"))))
            },
            .unwrap(model.message) { .p(.class("notice error"), .text($0)) },
            DataTable.facts([
                (L("users.web.username"), .text(a.username)),
                (L("users.web.display_name"), .text(a.displayName)),
                (L("users.web.role"), .text(a.role.label())),
                (L("users.web.scope"), .text(model.scopePath.joined(separator: " › "))),
                (L("users.web.state"), .text(a.stateLabel(at: model.now))),
                (L("users.web.locked_until"), DataTable.text(a.lockedUntil.flatMap { $0 > model.now ? ShanghaiTime.minute($0) : nil })),
                (L("users.web.must_change"), .text(L(a.mustChangePassword ? "common.yes" : "common.no"))),
            ]),
            model.isOwn ? .p(.class("hint"), .text(L("account.error.own_account"))) : actions(model),
            .p(.class("no-print"), .a(.href("/users"), .text(L("users.web.back"))))
        )
        return PageLayout(title: L("users.web.account_title", ["user": a.username]), login: model.login, section: .users)
            .render(content, status: status)
    }

    private static func actions(_ model: Model) -> Node<HTML.BodyContext> {
        let a = model.account
        let base = "/users/\(a.id.uuidString)"
        return .section(
            .class("no-print"),
            .h2(.text(L("users.web.actions"))),
            .form(.action(base + "/rescope"), .method(.post), .class("search"),
                  CSRFField.node(model.login.csrfToken),
                  FormField.node(L("users.web.role"), roleSelect(selected: a.role.rawValue), id: "role"),
                  FormField.node(L("users.web.scope"), SelectControl.node(
                      id: "region", name: "region",
                      options: model.regionOptions.map { ($0.code, String(repeating: "　", count: $0.depth) + $0.name) },
                      selected: a.scope.value), id: "region"),
                  .button(.type(.submit), .text(L("users.web.rescope")))),
            .p(
                .form(.action(base + (a.isActive ? "/disable" : "/enable")), .method(.post), .class("inline"),
                      .escapedAttribute(named: "data-confirm", value: L(a.isActive ? "users.web.disable_confirm" : "users.web.enable_confirm")),
                      CSRFField.node(model.login.csrfToken),
                      .button(.type(.submit), .class("secondary"), .text(L(a.isActive ? "users.web.disable" : "users.web.enable")))),
                .text(" "),
                .form(.action(base + "/reset-password"), .method(.post), .class("inline"),
                      .escapedAttribute(named: "data-confirm", value: L("users.web.reset_confirm")),
                      CSRFField.node(model.login.csrfToken),
                      .button(.type(.submit), .class("secondary"), .text(L("users.web.reset"))))
            ),
            .p(.class("hint"), .text(L("users.web.actions_hint")))
        )
    }

    /// The six roles, for the create and rescope forms.
    /// With `placeholder`, the list starts at "please choose" so no role is given by default.
    static func roleSelect(selected: String?, placeholder: Bool = false) -> Node<HTML.FormContext> {
        SelectControl.node(id: "role", name: "role",
                           options: (placeholder ? [("", L("common.choose"))] : []) + Role.allCases.map { ($0.rawValue, $0.label()) },
                           selected: selected ?? "")
    }
}
