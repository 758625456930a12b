/// The income items the rules tell apart, because some are excluded from household
/// income (by date) and some carry a job-cost deduction.
///
/// Source: 57号 (policy reference §1.2): not counted are 优待抚恤金, 计划生育奖励与扶助金,
/// scholarships, 见义勇为 and similar rewards, social-assistance payments, and during
/// 2021–2025 the central 城乡居民基本养老保险基础养老金; 43号 art 6 adds 高龄津贴 for 特困.
public enum IncomeKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// 工资性收入 from employment (the job-cost deduction applies).
    case wages
    /// 经营净收入.
    case business
    /// 财产净收入 (rent, interest).
    case property
    /// 赡养费, 抚养费, 扶养费 received.
    case supportPayment = "support_payment"
    /// Pensions other than the basic pension below (职工养老金, 退休金).
    case pension
    /// 城乡居民基本养老保险 基础养老金.
    case basicPension = "basic_pension"
    /// 优待抚恤金.
    case preferentialCare = "preferential_care"
    /// 计划生育奖励与扶助金.
    case familyPlanning = "family_planning"
    /// 奖学金, 助学金.
    case scholarship
    /// 见义勇为 and similar rewards.
    case heroismAward = "heroism_award"
    /// 社会救助 cash and goods.
    case socialAssistance = "social_assistance"
    /// 高龄津贴.
    case oldAgeAllowance = "old_age_allowance"
    /// Unemployment benefit, compensation, 遗属补助 and other transfers.
    case otherTransfer = "other_transfer"
    case other
}
