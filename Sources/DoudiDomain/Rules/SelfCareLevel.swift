/// 生活自理能力: how much of the six ADL items (feeding, dressing, getting in and out of bed,
/// toileting, walking indoors, bathing) a person can still do alone. It sets the 特困
/// care standard: 全自理, 半护理 or 全护理.
///
/// Source: policy reference §1.10 (43号: 0 items not met 具备生活自理能力, 1–3 部分丧失,
/// 4 or more 完全丧失); the thresholds are the region's parameters (`TekunParameters`).
public enum SelfCareLevel: String, Sendable, CaseIterable, Codable {
    /// 具备生活自理能力: care standard 全自理.
    case selfSufficient = "self_sufficient"
    /// 部分丧失生活自理能力: care standard 半护理.
    case partlyLost = "partly_lost"
    /// 完全丧失生活自理能力: care standard 全护理.
    case fullyLost = "fully_lost"

    public init(itemsNotMet: Int, parameters: borrowing TekunParameters) {
        if itemsNotMet >= parameters.selfCareFullFrom {
            self = .fullyLost
        } else if itemsNotMet >= parameters.selfCarePartialFrom {
            self = .partlyLost
        } else {
            self = .selfSufficient
        }
    }

    public init(_ assessment: ADLAssessment, parameters: borrowing TekunParameters) {
        self.init(itemsNotMet: assessment.itemsNotMet, parameters: parameters)
    }

    public var labelKey: String { "self_care.\(rawValue)" }
}
