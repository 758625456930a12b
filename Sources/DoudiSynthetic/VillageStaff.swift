/// The people who can handle one village's cases: its officials, its township's caseworkers and
/// the county's caseworkers (受理 → 调查 → 审批).
struct VillageStaff: Sendable {
    var officials: [SynthStaff]
    let township: [SynthStaff]
    let county: [SynthStaff]
}
