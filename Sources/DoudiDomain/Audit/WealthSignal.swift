/// What a department's record of a 低保 or 特困 member says about the household's means,
/// when it says the household should not be on the roll (错保). The engine records the
/// signal as the hit's detail; the finding page explains it with the limit it broke.
///
/// Source: policy reference §1.3 (the asset limits are the province's: homes, non-residential
/// property, vehicles, businesses) and §4.2 (the departments 649号 art 58 lets 民政 query:
/// 社保 contributions and pensions, 公积金 contributions); §4.3 (the audits' 错保 findings:
/// vehicles, several homes, businesses, public payroll).
public enum WealthSignal: String, Sendable, CaseIterable, Codable {
    /// A vehicle of a kind the region does not exempt (`dibao.assets.exempt_vehicles`).
    case vehicle
    /// More homes in the household than `dibao.assets.max_homes`.
    case homes
    /// Non-residential property (shop, parking space, office) where it is not allowed.
    case nonResidential = "non_residential"
    /// A business still in existence, of a type the region does not exempt.
    case business
    /// On the public payroll (财政供养).
    case payroll
    /// A pension that, shared over the covered members, is above the standard.
    case pension
    /// An employee contribution base (a wage) that, shared over the members, is above the standard.
    case wageBase = "wage_base"
    /// Housing provident fund deposits above `audit.wealth.provident_fund_deposit`: a formal job.
    case providentFund = "provident_fund"

    public func label(_ locale: AppLocale = .current) -> String { L("audit.wealth.\(rawValue)", locale: locale) }
}
