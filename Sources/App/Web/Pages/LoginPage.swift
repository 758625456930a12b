import DoudiDomain
import Plot
import Vapor

/// The login form. Its CSRF token is the double-submit cookie set with the form
/// (there is no session yet to hold one).
enum LoginPage {
    struct Model {
        var username = ""
        var message: String?
        var csrfToken: String
    }

    static func render(_ model: Model, status: HTTPResponseStatus = .ok) -> Response {
        let content: Node<HTML.BodyContext> = .div(
            .class("login"),
            .unwrap(model.message) { .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(
                .action("/login"), .method(.post),
                CSRFField.node(model.csrfToken),
                .label(.for("username"), .text(L("login.username"))),
                .input(.type(.text), .id("username"), .name("username"), .escapedValue(model.username), .required(true),
                       .autofocus(model.username.isEmpty), .attribute(named: "autocomplete", value: "username")),
                .label(.for("password"), .text(L("login.password"))),
                .input(.type(.password), .id("password"), .name("password"), .required(true),
                       .autofocus(!model.username.isEmpty), .attribute(named: "autocomplete", value: "current-password")),
                .button(.type(.submit), .text(L("login.submit")))
            )
        )
        return PageLayout(title: L("login.title"), login: nil, section: nil).render(content, status: status)
    }
}
