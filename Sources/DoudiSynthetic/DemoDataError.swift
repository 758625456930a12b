import DoudiDomain

/// Invalid options, reported before anything is written.
public enum DemoDataError: Error, Equatable, CustomStringConvertible {
    case nonPositive(option: String, value: Int)
    case asOfOutOfRange(MonthPeriod)
    /// The household rules find a problem the generator did not plant: a generator bug.
    case unplannedHit(rule: String, household: String)
    /// Department files were asked for without the policy their answer key is judged by.
    case noPolicy

    public var description: String {
        switch self {
        case let .nonPositive(option, value): "\(option) 必须为正整数（收到 \(value)）"
        case let .asOfOutOfRange(month): "--as-of \(month.iso) 超出支持范围（2000-01 至 2099-12）"
        case let .unplannedHit(rule, household): "生成器错误：户 \(household) 出现未植入的 \(rule) 命中"
        case .noPolicy: "生成部门比对数据需要政策参数（资产限额）"
        }
    }
}
