/// The other departments' datasets Doudi cross-checks the roll against (全量核对). Each
/// row is about one person, its subject, named by ID number.
///
/// Source: 649号 art 58 (民政 may query 户籍、税务、社保、不动产、工商、公积金、车船 and
/// financial records) and the campaign documents' cross-checks (policy reference §4.3:
/// deaths, vehicles, real estate, businesses, 财政供养 payroll, other programs' rolls).
public enum ReferenceKind: String, CaseIterable, Sendable, Codable {
    /// 死亡和火化 records (公安、卫健、殡葬).
    case deaths
    /// Motor vehicles by owner (公安交管).
    case vehicles
    /// Real estate by owner (不动产登记).
    case realEstate = "real_estate"
    /// Business registrations by legal representative or shareholder (市场监管).
    case businesses
    /// 财政供养人员 and established posts (编办、财政).
    case payroll
    /// Social insurance and pensions (人社).
    case socialInsurance = "social_insurance"
    /// Housing provident fund (住房公积金).
    case providentFund = "provident_fund"
    /// 残疾人证 (残联).
    case disabilityCertificates = "disability_certificates"
    /// 重特大疾病 medical assistance (医保).
    case medicalAssistance = "medical_assistance"
    /// 防返贫监测 lists (乡村振兴).
    case povertyMonitoring = "poverty_monitoring"
    /// The staff roster's 近亲属备案: staff member, relative, relation.
    case staffRelatives = "staff_relatives"
    /// Other programs' rolls, including other counties' 低保 and 特困.
    case programRolls = "program_rolls"

    public func label(_ locale: AppLocale = .current) -> String { L("reference.kind.\(rawValue)", locale: locale) }
}
