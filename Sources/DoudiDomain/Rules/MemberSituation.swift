/// One member as the 低保 rules see them.
public struct MemberSituation: Hashable, Sendable, Codable {
    public var name: String?
    public var birthDate: CivilDate
    /// Why the member is, or is not, counted (57号 art 7); counted when absent.
    public var basis: MembershipBasis?
    /// For an excluded member (prison, compulsory rehabilitation): the day they returned,
    /// from which they count again (policy reference §1.1, re-inclusion).
    public var returnedOn: CivilDate?
    public var disabilityGrade: Int?
    public var disabilityCategory: DisabilityCategory?
    public var seriousIllness: Bool?
    /// Long-term bedridden (长期卧床).
    public var bedridden: Bool?
    /// 三无人员: no working capacity, no income, no supporter.
    public var threeNos: Bool?
    public var student: Bool?
    public var singleParentChild: Bool?
    /// A child whose single parent is widowed (丧偶单亲家庭子女).
    public var widowedParentChild: Bool?
    /// 优抚对象.
    public var preferentialCareRecipient: Bool?
    public var incomes: [IncomeItem]?
    /// Rigid medical spending a month (deducted where the region allows).
    public var medicalSpending: Yuan?

    enum CodingKeys: String, CodingKey {
        case name, basis, student, incomes, bedridden
        case birthDate = "birth_date"
        case returnedOn = "returned_on"
        case disabilityGrade = "disability_grade"
        case disabilityCategory = "disability_category"
        case seriousIllness = "serious_illness"
        case threeNos = "three_nos"
        case singleParentChild = "single_parent_child"
        case widowedParentChild = "widowed_parent_child"
        case preferentialCareRecipient = "preferential_care_recipient"
        case medicalSpending = "medical_spending"
    }

    public init(birthDate: CivilDate, basis: MembershipBasis? = nil, incomes: [IncomeItem] = []) {
        self.birthDate = birthDate
        self.basis = basis
        self.incomes = incomes
    }

    /// 重度残疾: grade 1 or 2, or grade 3 intellectual or mental (57号 art 8; policy reference §1.4).
    public var isSeverelyDisabled: Bool {
        guard let grade = disabilityGrade else { return false }
        return grade <= 2 || (grade == 3 && (disabilityCategory == .intellectual || disabilityCategory == .mental))
    }
}

/// A monthly income of one kind.
public struct IncomeItem: Hashable, Sendable, Codable {
    public var kind: IncomeKind
    public var monthly: Yuan
    /// 收入来源不固定 (casual, seasonal or self-employed earnings): decides review class C.
    /// Absent, wages and business income count as irregular, as most 低保 households'
    /// earnings are 灵活就业; `false` marks a steady wage.
    public var irregular: Bool?

    public init(kind: IncomeKind, monthly: Money, irregular: Bool? = nil) {
        self.kind = kind
        self.monthly = Yuan(monthly)
        self.irregular = irregular
    }

    /// Earnings whose source is not fixed (57号: such households are reviewed every six months).
    public var isIrregularEarning: Bool {
        (kind == .wages || kind == .business) && irregular != false
    }
}
