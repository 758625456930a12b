/// The step an amount is rounded to: 分, 角 or 元.
///
/// Source: 《中华人民共和国人民币管理条例》第四条 (人民币的单位为元，辅币单位为角、分；1元 = 10角 = 100分).
public enum RoundingUnit: String, Sendable, Codable, CaseIterable {
    case fen
    case jiao
    case yuan

    /// The unit's size in fen.
    public var fen: Int64 {
        switch self {
        case .fen: 1
        case .jiao: 10
        case .yuan: 100
        }
    }
}
