/// The whole audit-rule catalog (issue 7): the identity rules, matched against department
/// data (`IdentityRule`), the household rules, judged by the policy rules on registry
/// facts (`HouseholdRule`), and the region rules, statistics over an area (`RegionRule`).
/// One code space (`ID-…`, `HH-…`, `RG-…`), so runs, findings, filters and the answer key
/// of the demo name a rule the same way whatever kind it is.
public enum AuditRule: Hashable, Sendable, Comparable {
    case identity(IdentityRule)
    case household(HouseholdRule)
    case region(RegionRule)

    public static let allCases: [AuditRule] = IdentityRule.allCases.map(AuditRule.identity) + HouseholdRule.allCases.map(AuditRule.household)
        + RegionRule.allCases.map(AuditRule.region)

    /// Parses a stored or typed code (`ID-DEATH`, `hh-tekun`).
    public init?(code: some StringProtocol) {
        let code = String(code).trimmed.uppercased()
        if let rule = IdentityRule(rawValue: code) { self = .identity(rule) }
        else if let rule = HouseholdRule(rawValue: code) { self = .household(rule) }
        else if let rule = RegionRule(rawValue: code) { self = .region(rule) }
        else { return nil }
    }

    public var code: String {
        switch self {
        case let .identity(rule): rule.rawValue
        case let .household(rule): rule.rawValue
        case let .region(rule): rule.rawValue
        }
    }

    public var severity: IdentityRule.Severity {
        switch self {
        case let .identity(rule): rule.severity
        case let .household(rule): rule.severity
        case let .region(rule): rule.severity
        }
    }

    /// Bumped whenever a rule's logic changes, so a run records which version it used.
    public var version: Int {
        switch self {
        case let .identity(rule): rule.version
        case .household, .region: 1
        }
    }

    public var identity: IdentityRule? {
        if case let .identity(rule) = self { rule } else { nil }
    }

    public var household: HouseholdRule? {
        if case let .household(rule) = self { rule } else { nil }
    }

    public var region: RegionRule? {
        if case let .region(rule) = self { rule } else { nil }
    }

    public func name(_ locale: AppLocale = .current) -> String { L("audit.rule.\(code).name", locale: locale) }
    public func basis(_ locale: AppLocale = .current) -> String { L("audit.rule.\(code).basis", locale: locale) }

    /// Catalog order: identity rules first, each kind in its declared order.
    public static func < (lhs: AuditRule, rhs: AuditRule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
