extension IncomeKind {
    /// The kind of a recorded income item, by its name first (the exclusions name items:
    /// 基础养老金, 抚恤金 …; policy reference §1.2), else by its 57号 art 13 category.
    /// 基础养老金 (the residents' scheme, excluded 2021–2025) is told apart from 基本养老金
    /// (employees' pensions, counted).
    public static func from(category: IncomeCategory, item: String) -> IncomeKind {
        if let match = byName.first(where: { item.includes($0.0) }) { return match.1 }
        switch category {
        case .wages: return .wages
        case .businessNet: return .business
        case .propertyNet: return .property
        case .transferNet: return .otherTransfer
        case .other: return .other
        }
    }

    /// Name fragments, most specific first (基础养老金 before 养老金).
    private static let byName: [(String, IncomeKind)] = [
        ("基础养老金", .basicPension), ("抚恤", .preferentialCare), ("优待", .preferentialCare),
        ("计划生育", .familyPlanning), ("奖学金", .scholarship), ("助学金", .scholarship),
        ("见义勇为", .heroismAward), ("高龄", .oldAgeAllowance), ("低保", .socialAssistance),
        ("特困", .socialAssistance), ("救助", .socialAssistance), ("赡养", .supportPayment),
        ("抚养", .supportPayment), ("扶养", .supportPayment), ("养老金", .pension), ("退休", .pension),
    ]
}
