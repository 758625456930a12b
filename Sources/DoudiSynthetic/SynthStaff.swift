/// A member of the staff roster (staff.csv).
struct SynthStaff: Sendable {
    /// 工号: the county code and a four-digit sequence.
    let number: String
    let name: String
    let id: String
    /// 村干部 / 乡镇经办人员 / 县级经办人员.
    let post: String
    /// The 12-digit code of the unit the post belongs to.
    let region: String
}
