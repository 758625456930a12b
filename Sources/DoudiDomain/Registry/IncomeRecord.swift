import Foundation

/// A dated income record for a household member: category per 57号 art 13, the amount
/// for the whole period, and where the figure came from (declaration, 核对, investigation).
public struct IncomeRecord: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var householdID: UUID
    public var personID: UUID?
    public var category: IncomeCategory
    /// The specific item (务工收入, 赡养费, 基础养老金 …); the rules decide exclusions by item and date.
    public var item: String
    public var amount: Money
    public var fromMonth: MonthPeriod
    public var toMonth: MonthPeriod
    public var source: String?

    public init(id: UUID, householdID: UUID, personID: UUID?, category: IncomeCategory, item: String,
                amount: Money, fromMonth: MonthPeriod, toMonth: MonthPeriod, source: String?) {
        self.id = id
        self.householdID = householdID
        self.personID = personID
        self.category = category
        self.item = item
        self.amount = amount
        self.fromMonth = fromMonth
        self.toMonth = toMonth
        self.source = source
    }

    /// Months covered, inclusive.
    public var monthCount: Int { toMonth.index - fromMonth.index + 1 }
}
