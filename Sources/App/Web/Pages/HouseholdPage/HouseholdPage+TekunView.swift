import DoudiDomain
import Plot

extension HouseholdPage {
    /// The 特困 check of a one-person 低保 household: the verdict (an alert when the person
    /// should be on 特困 instead), the amount where a self-care level is known, and the working.
    static func tekunSection(_ checks: [TekunCheck]) -> Node<HTML.BodyContext> {
        .forEach(checks) { check in
            .section(
                .class("tekun-check"),
                .h2(.text(L("tekun_check.title", ["name": check.person.name, "date": check.date.iso]))),
                tekunOutcome(check)
            )
        }
    }

    private static func tekunOutcome(_ check: TekunCheck) -> Node<HTML.BodyContext> {
        switch check.outcome {
        case let .notAssessed(reason):
            return .p(.class("notice"), .text(reason))
        case let .decided(decision):
            let verdict: Node<HTML.BodyContext> = decision.status == .eligible
                ? .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(L("tekun_check.eligible")))
                : .p(.class("notice ok"), .text(L("tekun_check.ineligible", [
                    "failures": decision.failures.map { L("tekun_check.failure.\($0.split(separator: ":").first ?? "")") }.joined(separator: "、"),
                ])))
            return .group(
                verdict,
                .if(decision.status == .eligible && decision.amount == nil, .p(.class("notice"), .text(L("tekun_check.no_assessment")))),
                .unwrap(decision.amount) { amount in
                    .p(.text(L("tekun_check.amount", ["total": amount.total.yuanText, "basic": amount.basic.yuanText, "care": amount.care.yuanText])))
                },
                .h3(.text(L("dibao_check.explanation"))),
                explanationList(decision.explanation)
            )
        }
    }
}
