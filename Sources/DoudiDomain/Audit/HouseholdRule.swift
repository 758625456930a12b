import Foundation

/// The household-level audit rules of the cross-check's second part (issue 7), judged by the
/// policy rules on registry facts rather than by matching department data. Each has a stable
/// code, a Chinese name and policy basis (`audit.rule.<code>.name` / `.basis`) and a severity.
///
/// Source: the campaign documents (2020 阳谷, 连云港, 烟台 plans: 该吃五保吃低保, 渐退 not applied,
/// reviews overdue, amounts not raised with the standard, 两项补贴 paid to the wrong people,
/// 脱保 to be reviewed; 2020 烟台 and 阳谷: 既不能错保，更不能漏保) and policy reference
/// §1.9–§1.13, §4.1 (the low-income population monitoring), §5 items 5–6; the data-quality
/// rules (DQ-) serve 信息入库准确率 and 校验通过率 (docs/metrics.md).
public enum HouseholdRule: String, CaseIterable, Sendable, Codable {
    /// 该吃五保吃低保: a one-person 低保 household whose member meets 特困, with no recorded choice of 低保.
    case tekunOnDibao = "HH-TEKUN"
    /// 金额不符: the amount in payment differs from what the rules give for the month.
    case amountMismatch = "HH-AMOUNT"
    /// 复核逾期: an enrollment past its review date.
    case reviewOverdue = "HH-REVIEW"
    /// 渐退未执行: 低保 ended while the household's income is inside the 渐退 band, with no 渐退.
    case phasedExitMissing = "HH-TAPER"
    /// 脱保复核: 低保 or 特困 ended since a date, with an elderly, disabled or child member and nothing in its place.
    case exitReview = "HH-EXIT"
    /// 两项补贴错发: a subsidy in payment that the rules refuse (certificate, grade, 特困).
    case subsidyError = "HH-SUBSIDY"
    /// 漏保: a poverty-monitoring household with an elderly, disabled, child or seriously ill
    /// member whose checked income the rules find below the standard, on neither 低保 nor 特困.
    case missedCoverage = "HH-MISSED"
    /// 信息缺项: a member covered by assistance in force lacks a field the roll must hold
    /// (sex, 户籍地, 户口性质; 劳动能力 for 低保 and 特困 members of working age).
    case missingFields = "DQ-FIELDS"
    /// 无发放账户: assistance in payment and no member of the household holds an account.
    case noAccount = "DQ-ACCOUNT"
    /// 户籍地不符: no covered member of a 低保 or 特困 case has 户籍 in the county that pays it.
    case regionMismatch = "DQ-REGION"

    public var severity: IdentityRule.Severity {
        switch self {
        case .tekunOnDibao, .subsidyError, .missedCoverage: .high
        case .amountMismatch, .phasedExitMissing: .medium
        case .reviewOverdue, .exitReview, .missingFields, .regionMismatch: .low
        case .noAccount: .medium
        }
    }

    public func name(_ locale: AppLocale = .current) -> String { L("audit.rule.\(rawValue).name", locale: locale) }
    public func basis(_ locale: AppLocale = .current) -> String { L("audit.rule.\(rawValue).basis", locale: locale) }
}

/// One household rule's hit: the enrollment and the member it concerns, and the facts,
/// as words and figures for the finding's evidence (no ID numbers). A hit on a household
/// that holds no enrollment (漏保) names none.
public struct HouseholdHit: Sendable, Equatable {
    public let rule: HouseholdRule
    public let enrollmentID: UUID?
    public let personID: UUID
    public let facts: [String: String]
}
