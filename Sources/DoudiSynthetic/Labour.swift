/// 劳动能力; `notAssessed` (empty) for children under 16.
enum Labour: Sendable {
    case notAssessed, able, partial, lost

    var label: String {
        switch self {
        case .notAssessed: ""
        case .able: "有劳动能力"
        case .partial: "部分丧失"
        case .lost: "完全丧失"
        }
    }
}
