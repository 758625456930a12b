import DoudiDomain

/// Invalid options, reported before anything is written (in the user's language, from the
/// localization table).
public enum DemoDataError: Error, Equatable, CustomStringConvertible {
    case nonPositive(option: String, value: Int)
    case asOfOutOfRange(MonthPeriod)
    /// The household rules find a problem the generator did not plant: a generator bug.
    case unplannedHit(rule: String, household: String)
    /// Department files were asked for without the policy their answer key is judged by.
    case noPolicy

    public var description: String {
        switch self {
        case let .nonPositive(option, value): L("demo.error.non_positive", ["option": option, "value": String(value)])
        case let .asOfOutOfRange(month): L("demo.error.as_of_range", ["value": month.iso])
        case let .unplannedHit(rule, household): L("demo.error.unplanned_hit", ["household": household, "rule": rule])
        case .noPolicy: L("demo.error.no_policy")
        }
    }
}
