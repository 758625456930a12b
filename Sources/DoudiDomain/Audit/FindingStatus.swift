/// Where a cross-check finding stands. A person decides it (confirmed, false positive,
/// sent for a field check) with a reason; a decided finding whose evidence later changes is
/// reopened for a new decision. Open and reopened findings await one.
///
/// Source: the campaign documents: problems found go on a list and a ledger and are closed one
/// by one (2019 陕西 农村低保专项治理: 列出清单，挂账销号; 2020 连云港: 建立问题清单和整改台账…对账销号).
public enum FindingStatus: String, CaseIterable, Sendable, Codable {
    case open
    case confirmed
    case falsePositive = "false_positive"
    case fieldCheck = "field_check"
    case reopened

    /// The statuses a person sets.
    public static let decisions: [FindingStatus] = [.confirmed, .falsePositive, .fieldCheck]

    public var isDecided: Bool { Self.decisions.contains(self) }

    public func label(_ locale: AppLocale = .current) -> String { L("finding.status.\(rawValue)", locale: locale) }
}
