/// A problem deliberately put into the demo roll for the cross-check to find, or a look-alike
/// that is not a problem and must not be flagged. One household carries at most one.
///
/// The person-level plants live in the registry only because the demo loads households
/// through the legacy import, which keeps flagged numbers and inconsistent identities
/// instead of refusing them (finding them is the campaign's point, policy reference §4.3).
enum IdentityPlant: Sendable, Equatable {
    /// The number's check character is wrong (a typing error).
    case checksum
    /// The number encodes an impossible birth month.
    case birthDateInNumber
    /// The recorded sex contradicts the number's sequence digit.
    case sexMismatch
    /// The recorded birth date differs from the number's.
    case birthDateMismatch
    /// A young adult still on the orphan allowance after turning 18 (超龄未停发).
    case overAgeOrphan
    /// A 特困 person also given 低保 (重复享受).
    case dibaoAndTekun
    /// A 特困 person whose earlier 低保 ended when 特困 began: clean.
    case transferredToTekun
    /// A 低保 household entered twice under two certificates (重复享受).
    case sameProgramTwice
    /// A 低保 household with an earlier, ended 低保 enrollment: clean.
    case reenrolled

    /// Plants that make the recorded number itself invalid: the person has no key to match.
    var invalidatesNumber: Bool { self == .checksum || self == .birthDateInNumber }

    var note: String {
        switch self {
        case .checksum: "身份证号校验码错误"
        case .birthDateInNumber: "身份证号出生月份不存在"
        case .sexMismatch: "登记性别与身份证号不符"
        case .birthDateMismatch: "登记出生日期与身份证号不符"
        case .overAgeOrphan: "年满18周岁仍享受孤儿基本生活费"
        case .dibaoAndTekun: "特困人员同时享受低保"
        case .transferredToTekun: "低保已停保后转为特困（不应发现）"
        case .sameProgramTwice: "同一家庭两个低保证号同时在保"
        case .reenrolled: "低保停保后重新纳入（不应发现）"
        }
    }
}
