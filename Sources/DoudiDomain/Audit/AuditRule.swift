/// The whole audit-rule catalog (issue 7): the identity rules, matched against department
/// data (`IdentityRule`), and the household rules, judged by the policy rules on registry
/// facts (`HouseholdRule`). One code space (`ID-…`, `HH-…`), so runs, findings, filters and
/// the answer key of the demo name a rule the same way whatever kind it is.
public enum AuditRule: Hashable, Sendable, Comparable {
    case identity(IdentityRule)
    case household(HouseholdRule)

    public static let allCases: [AuditRule] = IdentityRule.allCases.map(AuditRule.identity) + HouseholdRule.allCases.map(AuditRule.household)

    /// Parses a stored or typed code (`ID-DEATH`, `hh-tekun`).
    public init?(code: some StringProtocol) {
        let code = String(code).trimmed.uppercased()
        if let rule = IdentityRule(rawValue: code) { self = .identity(rule) }
        else if let rule = HouseholdRule(rawValue: code) { self = .household(rule) }
        else { return nil }
    }

    public var code: String {
        switch self {
        case let .identity(rule): rule.rawValue
        case let .household(rule): rule.rawValue
        }
    }

    public var severity: IdentityRule.Severity {
        switch self {
        case let .identity(rule): rule.severity
        case let .household(rule): rule.severity
        }
    }

    /// Bumped whenever a rule's logic changes, so a run records which version it used.
    public var version: Int {
        switch self {
        case let .identity(rule): rule.version
        case .household: 1
        }
    }

    public var identity: IdentityRule? {
        if case let .identity(rule) = self { rule } else { nil }
    }

    public var household: HouseholdRule? {
        if case let .household(rule) = self { rule } else { nil }
    }

    public func name(_ locale: AppLocale = .current) -> String { L("audit.rule.\(code).name", locale: locale) }
    public func basis(_ locale: AppLocale = .current) -> String { L("audit.rule.\(code).basis", locale: locale) }

    /// Catalog order: identity rules first, each kind in its declared order.
    public static func < (lhs: AuditRule, rhs: AuditRule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
