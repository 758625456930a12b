/// 防止返贫监测 categories: 脱贫不稳定户, 边缘易致贫户, 突发严重困难户 (the monitoring lists
/// the issue names; the registry records the same three as special statuses).
public enum MonitoringCategory: String, RegistryCode {
    case unstableOutOfPoverty = "unstable_out_of_poverty"
    case marginalAtRisk = "marginal_at_risk"
    case suddenHardship = "sudden_hardship"

    public static let labelNamespace = "monitoring_category"
}
