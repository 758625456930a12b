import DoudiDomain
import Plot
import Vapor

/// The frame every signed-in page shares: header with the user and their area, the
/// navigation their role allows, and the page's content. Print styles drop the frame.
struct PageLayout {
    enum Section: String { case households, regions, policy, simulation, findings, imports, audit, users, account }

    /// The address of the page being rendered (GET only), for the language links;
    /// set per request by `LocaleMiddleware`.
    @TaskLocal static var currentPath: String?

    let title: String
    let login: LoginContext?
    let section: Section?

    func render(_ content: Node<HTML.BodyContext>, status: HTTPResponseStatus = .ok) -> Response {
        let html = HTML(
            .lang(AppLocale.current == .en ? .english : .simplifiedChinese),
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
                .footer(.class("site-footer"), .text(L("app.footer")), languageLinks())
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
        let items: [(Section, String, String)] = [
            (.households, "/households", L("nav.households")),
            (.regions, "/regions", L("nav.regions")),
            (.policy, "/policy", L("nav.policy")),
            (.simulation, "/simulation", L("nav.simulation")),
            (.findings, "/findings", L("nav.findings")),
        ] + [
            (Section.imports, "/imports", L("nav.imports"), Capability.importData),
            (.audit, "/audit", L("nav.audit"), .searchAuditLog),
            (.users, "/users", L("nav.users"), .manageUsers),
        ].filter { role.may($0.3) }.map { ($0.0, $0.1, $0.2) }
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

extension PageLayout {
    /// 中文 · English: each language other than the current one links to the switch,
    /// which brings the reader back to this page.
    private func languageLinks() -> Node<HTML.BodyContext> {
        let back = Self.currentPath.map { "&back=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/") } ?? ""
        return .span(.class("languages no-print"), .forEach(AppLocale.allCases) { locale in
            locale == AppLocale.current
                ? .span(.class("current"), .text(L("language.name", locale: locale)))
                : .a(.href("/language?to=\(locale.rawValue)\(back)"), .attribute(named: "lang", value: locale.rawValue),
                     .text(L("language.name", locale: locale)))
        })
    }
}

/// The hidden form field every POST form carries (see `CSRFMiddleware`).
enum CSRFField {
    static func node(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(token))
    }
}
