/// The member categories that 分类施保 add-ons are paid for.
///
/// Source: 649号 art 12 (extra measures for the elderly, minors, the severely disabled and
/// the seriously ill); local lists add 三无 people, students and children of single parents
/// (吉林市, 葫芦岛; policy reference §1.8).
public enum AddOnCategory: String, Hashable, Sendable, CaseIterable, Codable {
    case seriousIllness = "serious_illness"
    case severeDisability = "severe_disability"
    /// Long-term bedridden through serious illness or disability (葫芦岛 30 %).
    case bedridden
    case elderly
    case minor
    case threeNos = "three_nos"
    case student
    /// A child of a single-parent family, up to `dibao.add_ons.child_max_age`.
    case singleParentChild = "single_parent_child"
    /// A child whose single parent is widowed (丧偶), up to the same age (葫芦岛 30 %).
    case widowedParentChild = "widowed_parent_child"
    /// 优抚对象 (葫芦岛 20 %).
    case preferentialCareRecipient = "preferential_care_recipient"
}

/// One add-on: members of `category` get `rate` × the standard a month on top.
public struct AddOnRate: Hashable, Sendable {
    public var category: AddOnCategory
    public var rate: Rate

    public init(category: AddOnCategory, rate: Rate) {
        self.category = category
        self.rate = rate
    }
}
