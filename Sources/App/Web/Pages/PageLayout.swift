import DoudiDomain
import Plot
import Vapor

/// The frame every signed-in page shares: header with the user and their area, the
/// navigation their role allows, and the page's content. Print styles drop the frame.
struct PageLayout {
    enum Section: String { case households, regions, account }

    let title: String
    let login: LoginContext?
    let section: Section?

    func render(_ content: Node<HTML.BodyContext>, status: HTTPResponseStatus = .ok) -> Response {
        let html = HTML(
            .lang(.simplifiedChinese),
            .head(
                .encoding(.utf8),
                .viewport(.accordingToDevice),
                // Plot's `.title` also emits social-media meta tags; a plain <title> is enough.
                .element(named: "title", text: "\(title) · \(L("app.name"))"),
                .stylesheet("/static/doudi.css"),
                .script(.src("/static/doudi.js"), .defer())
            ),
            .body(
                .unwrap(login) { header(for: $0) },
                .main(.class("page"), .h1(.text(title)), content),
                .footer(.class("site-footer"), .text(L("app.footer")))
            )
        )
        return Self.response(html.render(), status: status)
    }

    static func response(_ text: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: text))
    }

    private func header(for login: LoginContext) -> Node<HTML.BodyContext> {
        let role = login.account.role
        let items: [(Section, String, String)] = [(.households, "/households", L("nav.households")), (.regions, "/regions", L("nav.regions"))]
        // The import, audit-search and account pages join the navigation when they exist
        // (issue 3, next increment); until then those tasks are CLI commands.
        return .header(
            .class("site-header"),
            .a(.class("brand"), .href("/households"), .text(L("app.name"))),
            .nav(.ul(.forEach(items) { item in
                .li(.a(.href(item.1), .text(item.2), .if(item.0 == section, .class("current"))))
            })),
            .div(
                .class("who"),
                // A display name that only repeats the role says nothing: show the username then.
                .span(.text(L("nav.who", ["name": login.account.displayName == role.label() ? login.account.username : login.account.displayName,
                                          "role": role.label()]))),
                .a(.href("/account/password"), .text(L("nav.password"))),
                .form(.action("/logout"), .method(.post), .class("inline"),
                      CSRFField.node(login.csrfToken),
                      .button(.type(.submit), .class("link"), .text(L("nav.logout"))))
            )
        )
    }
}

/// The hidden form field every POST form carries (see `CSRFMiddleware`).
enum CSRFField {
    static func node(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(token))
    }
}
