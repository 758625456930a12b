/// The assistance programs Doudi runs (649号 ch. 2–4, 43号, 国发〔2015〕52号).
public enum Program: String, RegistryCode {
    case dibao = "dibao"
    case tekun = "tekun"
    case temporaryAssistance = "temporary_assistance"
    case disabilityLivingSubsidy = "disability_living_subsidy"
    case severeDisabilityCareSubsidy = "severe_disability_care_subsidy"
    case orphan = "orphan"
    case factuallyUnsupportedChild = "factually_unsupported_child"

    public static let labelNamespace = "program"
    public static let importAliases: [String: Program] = [
        "最低生活保障": .dibao,
        "城市低保": .dibao,
        "农村低保": .dibao,
        "特困供养": .tekun,
        "特困人员救助供养": .tekun,
        "五保": .tekun,
        "孤儿基本生活费": .orphan,
    ]
}
