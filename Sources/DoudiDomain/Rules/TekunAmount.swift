/// The monthly 特困 support of one person: the basic living standard (a multiple of the
/// 低保 standard of the person's area) plus the care standard of their self-care level.
///
/// Source: policy reference §1.11 (国发〔2016〕14号 as restated by provinces: 基本生活标准
/// + 照料护理标准; basic ≥ 1.3 × the 低保 standard; care banded by 全自理 / 半护理 / 全护理,
/// as amounts or shares of the minimum wage, e.g. 黑龙江 2024 1/10, 1/6, 1/4).
public struct TekunAmount: Sendable, Equatable {
    public let basic: Money
    public let care: Money
    public var total: Money { basic + care }
    public let explanation: [ExplanationStep]

    public init(area: AreaKind, selfCare: SelfCareLevel, parameters p: borrowing TekunParameters, explain: Bool = false) {
        var explainer = Explainer(enabled: explain, sources: p.sources)
        let standard = p.dibaoStandard(area)
        let basic = p.basicRatio.of(standard, rounding: p.rounding)
        explainer.add("tekun.basic", "explain.tekun.basic",
                      ["area": L("area.\(area.rawValue)"), "standard": standard.yuanText, "ratio": p.basicRatio.description, "amount": basic.yuanText],
                      keys: ["tekun.basic.ratio", area == .urban ? "dibao.standard.urban" : "dibao.standard.rural", "dibao.rounding"])
        let care: Money
        switch p.care {
        case let .amounts(amounts):
            care = amounts[selfCare] ?? .zero
            explainer.add("tekun.care", "explain.tekun.care.amount", ["level": L(selfCare.labelKey), "amount": care.yuanText],
                          keys: ["tekun.care.method", "tekun.care.amount.\(selfCare.rawValue)"])
        case let .sharesOfMinimumWage(shares, wage):
            let share = shares[selfCare] ?? Rate(tenThousandths: 0)
            care = share.of(wage, rounding: p.rounding)
            explainer.add("tekun.care", "explain.tekun.care.share",
                          ["level": L(selfCare.labelKey), "wage": wage.yuanText, "share": share.description, "amount": care.yuanText],
                          keys: ["tekun.care.method", "tekun.care.share.\(selfCare.rawValue)", "region.minimum_wage", "dibao.rounding"])
        }
        explainer.add("tekun.total", "explain.tekun.total", ["basic": basic.yuanText, "care": care.yuanText, "total": (basic + care).yuanText])
        (self.basic, self.care) = (basic, care)
        explanation = explainer.steps
    }
}
