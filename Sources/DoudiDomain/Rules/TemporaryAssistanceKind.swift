/// The kinds of hardship 临时救助 answers, each with its own range in a region.
///
/// Source: policy reference §1.12: 急难型 (sudden events: fire, drowning, traffic accident,
/// injury, sudden serious illness, domestic violence) and 支出型 (a sudden rise in medical or
/// education spending). 淄博 grants light 急难型 hardship up to 1,000 yuan and judges heavier
/// 急难型 hardship "参照支出型", hence the separate `emergencySerious` range.
public enum TemporaryAssistanceKind: String, CaseIterable, Codable, Sendable, Hashable {
    /// 急难型, light: a quick grant of a small sum.
    case emergency
    /// 急难型, heavy: judged like 支出型.
    case emergencySerious = "emergency_serious"
    /// 支出型: medical spending after insurance and 医疗救助.
    case illness
    /// 支出型: a child's education spending.
    case education
    /// 支出型: other rigid spending.
    case otherExpense = "other_expense"

    /// 支出型 kinds are means-tested against last year's local disposable income.
    public var isExpense: Bool { self == .illness || self == .education || self == .otherExpense }

    /// 急难型 kinds may be paid first and documented after (先行救助).
    public var isEmergency: Bool { !isExpense }
}

/// What a kind's multiples are counted per.
///
/// Source: policy reference §1.12: 深圳龙华 pays per person × household size; 淄博 sets the
/// illness and education ranges "每人" (per patient or student); Gansu's 支出型 is std ×
/// persons × months; most others state one range per household.
public enum TemporaryAssistanceScale: String, CaseIterable, Codable, Sendable {
    case household
    /// Every member of the household.
    case member
    /// The persons the hardship struck (patients, students).
    case affected
}
