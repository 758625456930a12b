/// The audit rules whose subject is an area, not a person: statistics over a township's
/// villages that an inspector reviews (issue 7). Each has a stable code, a Chinese name
/// and policy basis (`audit.rule.<code>.name` / `.basis`) and a severity.
///
/// Source: 2020 阳谷 plan (each township checks itself for 有无分配低保指标).
public enum RegionRule: String, CaseIterable, Sendable, Codable {
    /// 分配低保指标: a township whose villages' 低保 coverage rates cluster on whole
    /// percentages or on one rate (`QuotaAllocation`).
    case quotaAllocation = "RG-QUOTA"

    public var severity: IdentityRule.Severity {
        switch self {
        case .quotaAllocation: .medium
        }
    }
}
