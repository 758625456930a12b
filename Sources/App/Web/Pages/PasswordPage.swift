import DoudiDomain
import Plot
import Vapor

/// Changing one's own password (required at first login after an administrator set it).
enum PasswordPage {
    struct Model {
        var login: LoginContext
        var message: String?
        var succeeded = false
        var minimumLength: Int
    }

    static func render(_ model: Model, status: HTTPResponseStatus = .ok) -> Response {
        let content: Node<HTML.BodyContext> = .div(
            .if(model.login.account.mustChangePassword && !model.succeeded, .p(.class("notice"), .text(L("password.must_change")))),
            .unwrap(model.message) { .p(.class(model.succeeded ? "notice ok" : "notice error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .if(!model.succeeded, .form(
                .action("/account/password"), .method(.post), .class("narrow"),
                CSRFField.node(model.login.csrfToken),
                .label(.for("current"), .text(L("password.current"))),
                .input(.type(.password), .id("current"), .name("current"), .required(true), .attribute(named: "autocomplete", value: "current-password")),
                .label(.for("new"), .text(L("password.new"))),
                .input(.type(.password), .id("new"), .name("new"), .required(true), .attribute(named: "autocomplete", value: "new-password")),
                .p(.class("hint"), .text(L("password.rule", ["length": String(model.minimumLength)]))),
                .label(.for("confirm"), .text(L("password.confirm"))),
                .input(.type(.password), .id("confirm"), .name("confirm"), .required(true), .attribute(named: "autocomplete", value: "new-password")),
                .button(.type(.submit), .text(L("password.submit")))
            )),
            .if(model.succeeded, .p(.a(.href("/households"), .text(L("password.continue")))))
        )
        return PageLayout(title: L("password.title"), login: model.login, section: .account).render(content, status: status)
    }
}
