/// The identity-based cross-check rules (issue 5, part 1): each has a stable code, a
/// Chinese name and policy basis (`audit.rule.<code>.name` / `.basis`), a severity, and
/// for the exact-ID hits the reference kind it matches against.
///
/// Source: policy reference §4.3 (the national audits' findings: deceased people still
/// paid, duplicate benefits, 财政供养 staff, vehicle and property owners and business
/// people on the roll) and §1.6 (近亲属 of staff must be filed and checked); 649号 art 58.
public enum IdentityRule: String, CaseIterable, Sendable, Codable {
    /// 死亡人员领取: a deceased person still enrolled, or paid after the month of death.
    case deceasedRecipient = "ID-DEATH"
    /// 重复享受: 低保 and 特困 at once, one program twice, here and on another county's
    /// roll, or one person under two registry records.
    case duplicateBenefit = "ID-DUP"
    /// 身份信息错误: an invalid or inconsistent identity on the roll.
    case identityError = "ID-ERR"
    /// 错保 signals: a 低保 or 特困 member's record in a department's data that breaks the
    /// region's limits (`WealthLimits`: a vehicle not exempt, homes over the limit or
    /// non-residential property, a business in existence, the public payroll, a pension or
    /// wage above the standard, provident-fund deposits).
    case vehicleOwner = "ID-VEH"
    case propertyOwner = "ID-EST"
    case businessPerson = "ID-BIZ"
    case publicPayroll = "ID-PAY"
    case pensionIncome = "ID-PEN"
    case providentFund = "ID-FUND"
    /// 人情保: a member filed as a close relative of a caseworker or village official.
    case staffRelative = "ID-KIN"

    public enum Severity: String, Sendable, Codable { case high, medium, low }

    public var severity: Severity {
        switch self {
        case .deceasedRecipient, .duplicateBenefit, .publicPayroll: .high
        case .staffRelative, .identityError, .vehicleOwner, .propertyOwner, .businessPerson, .pensionIncome: .medium
        case .providentFund: .low
        }
    }

    /// The reference kind whose rows the rule matches, if any.
    public var referenceKind: ReferenceKind? {
        switch self {
        case .deceasedRecipient: .deaths
        case .duplicateBenefit: .programRolls
        case .identityError: nil
        case .vehicleOwner: .vehicles
        case .propertyOwner: .realEstate
        case .businessPerson: .businesses
        case .publicPayroll: .payroll
        case .pensionIncome: .socialInsurance
        case .providentFund: .providentFund
        case .staffRelative: .staffRelatives
        }
    }

    /// Bumped whenever a rule's logic changes, so a run records which version it used.
    public var version: Int {
        switch self {
        // 2: held to the region's asset limits, on 低保 and 特困 only (issue 7).
        case .vehicleOwner, .propertyOwner, .businessPerson, .publicPayroll: 2
        default: 1
        }
    }

    /// Whether the rule is a 错保 signal: judged against `WealthLimits`, on means-tested
    /// enrollments only (a car says nothing about an orphan's allowance).
    public var isWealthSignal: Bool {
        switch self {
        case .vehicleOwner, .propertyOwner, .businessPerson, .publicPayroll, .pensionIncome, .providentFund: true
        default: false
        }
    }

    public func name(_ locale: AppLocale = .current) -> String { L("audit.rule.\(rawValue).name", locale: locale) }
    public func basis(_ locale: AppLocale = .current) -> String { L("audit.rule.\(rawValue).basis", locale: locale) }
}
