/// 特殊身份 the campaigns single out for proactive discovery (orphans, left-behind people, poverty-monitoring households).
public enum SpecialStatus: String, RegistryCode {
    case orphan = "orphan"
    case factuallyUnsupportedChild = "factually_unsupported_child"
    case leftBehindElder = "left_behind_elder"
    case leftBehindWoman = "left_behind_woman"
    case leftBehindChild = "left_behind_child"
    case unstableOutOfPoverty = "unstable_out_of_poverty"
    case marginalAtRisk = "marginal_at_risk"
    case suddenHardship = "sudden_hardship"

    public static let labelNamespace = "special_status"

    /// The objects of 防返贫监测 (the low-income population monitoring; policy reference §4.1).
    public static let povertyMonitoring: Set<SpecialStatus> = [.unstableOutOfPoverty, .marginalAtRisk, .suddenHardship]
}
