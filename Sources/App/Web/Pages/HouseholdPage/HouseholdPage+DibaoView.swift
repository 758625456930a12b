import DoudiDomain
import Plot

extension HouseholdPage {
    /// The 低保 recomputation: recorded against computed amount, a notice where they differ,
    /// and each rule's working with the parameters it used and their sources.
    static func dibaoSection(_ checks: [DibaoCheck]) -> Node<HTML.BodyContext> {
        .forEach(checks) { check in
            .section(
                .class("dibao-check"),
                .h2(.text(L("dibao_check.title", ["certificate": check.enrollment.certificateNo, "date": check.date.iso]))),
                outcome(check)
            )
        }
    }

    private static func outcome(_ check: DibaoCheck) -> Node<HTML.BodyContext> {
        let recorded = check.enrollment.monthlyAmount
        switch check.outcome {
        case let .notAssessed(reason):
            return .p(.class("notice"), .text(reason))
        case let .decided(decision):
            let computed = decision.amount.money
            let verdict: Node<HTML.BodyContext> = check.mismatch
                ? .p(.class("notice error"), .attribute(named: "role", value: "alert"),
                     .text(L("dibao_check.mismatch", ["recorded": recorded.yuanText, "computed": computed.yuanText,
                                                      "difference": (recorded - computed).yuanText])))
                : .p(.class("notice ok"), .text(L("dibao_check.match")))
            return .group(
                DataTable.facts([
                    (L("dibao_check.recorded"), .text(recorded.yuanText)),
                    (L("dibao_check.computed"), .text(computed.yuanText)),
                    (L("dibao_check.status"), .text(L("dibao_check.status.\(decision.status.rawValue)"))),
                    (L("dibao_check.per_capita"), .text(decision.perCapitaIncome.money.yuanText)),
                    (L("dibao_check.standard"), .text(decision.standard.money.yuanText)),
                ]),
                verdict,
                .h3(.text(L("dibao_check.explanation"))),
                explanationList(decision.explanation ?? [])
            )
        }
    }

    /// A rule's working, step by step, each with the parameters it used and their sources.
    static func explanationList(_ steps: [ExplanationStep]) -> Node<HTML.BodyContext> {
        .ol(.class("explanation"), .forEach(steps) { step in
            .li(.text(step.text), .if(!step.parameters.isEmpty, .ul(.forEach(step.parameters) { parameter in
                .li(.class("parameter"), .text(L("dibao_check.parameter", [
                    "key": PolicyPage.label(parameter.key), "value": parameter.value, "region": parameter.region,
                    "from": parameter.from.iso, "source": parameter.source,
                ])))
            })))
        })
    }
}
