/// The 特困 decision for one person: eligible when all three conditions hold at once
/// (无劳动能力, 无生活来源, no supporter able to support) and the person has not chosen
/// orphan support instead; then the monthly amount for their self-care level.
///
/// Source: policy reference §1.10 (43号 art 4–7; the orphan-support choice) and §1.11.
public struct TekunEligibility: Sendable {
    public enum Status: String, Sendable, Codable { case eligible, ineligible }

    /// Why a condition failed, in a stable form for tests and pages: `able_to_work`,
    /// `income`, `property`, `supporter:<n>` (1-based), `orphan_scheme`.
    public let failures: [String]
    public let incapacity: WorkIncapacity
    /// The monthly income counted against the 低保 standard.
    public let countableIncome: Money
    public let supporterReasons: [SupporterInability.Reason?]
    /// Set when eligible and the self-care level is known.
    public let amount: TekunAmount?
    public let explanation: [ExplanationStep]

    public var status: Status { failures.isEmpty ? .eligible : .ineligible }

    public init(_ applicant: borrowing TekunApplicant, on date: CivilDate, parameters p: borrowing TekunParameters, explain: Bool = false) {
        var explainer = Explainer(enabled: explain, sources: p.sources)
        var failures: [String] = []
        incapacity = WorkIncapacity(birthDate: applicant.birthDate, disabilities: applicant.disabilities, on: date, parameters: p,
                                    supportedSinceMinor: applicant.supportedSinceMinor, inSchool: applicant.inSchool, explain: explain)
        if !incapacity.isIncapable { failures.append("able_to_work") }

        let counted = applicant.incomes.filter { !p.incomeExcluded.contains($0.kind) }.reduce(Money.zero) { $0 + $1.monthly.money }
        countableIncome = counted
        let standard = p.dibaoStandard(applicant.area)
        if !(counted < standard) { failures.append("income") }
        if !applicant.propertyWithinRule { failures.append("property") }
        explainer.add("tekun.means", counted < standard ? "explain.tekun.means.below" : "explain.tekun.means.above",
                      ["income": counted.yuanText, "standard": standard.yuanText],
                      keys: ["tekun.income.excluded", applicant.area == .urban ? "dibao.standard.urban" : "dibao.standard.rural"])

        supporterReasons = applicant.supporters.map { SupporterInability.reason($0, applicantArea: applicant.area, on: date, parameters: p) }
        for (index, reason) in supporterReasons.enumerated() {
            if reason == nil { failures.append("supporter:\(index + 1)") }
            explainer.add("tekun.supporter", reason == nil ? "explain.tekun.supporter.able" : "explain.tekun.supporter.unable",
                          ["number": String(index + 1), "reason": L("tekun.supporter_reason.\(reason?.rawValue ?? "none")")],
                          keys: ["tekun.supporter.elderly_age", "tekun.supporter.dibao_age"])
        }
        if applicant.choseOrphanScheme {
            failures.append("orphan_scheme")
            explainer.add("tekun.orphan", "explain.tekun.orphan_scheme")
        }
        self.failures = failures
        amount = failures.isEmpty ? applicant.adlItemsNotMet.map {
            TekunAmount(area: applicant.area, selfCare: SelfCareLevel(itemsNotMet: $0, parameters: p), parameters: p, explain: explain)
        } : nil
        explanation = incapacity.explanation + explainer.steps + (amount?.explanation ?? [])
    }
}
