import DoudiDomain

/// One row of the roll the cross-check loads for a person: an enrollment covering them, as
/// the import will store it (整户 covers every counted member, 单人 the members named).
struct SynthRollRow: Sendable {
    let certificate: String
    let program: ProgramKind
    /// 在保 or 渐退: the states the engine treats as in force.
    let inForce: Bool
    /// The last month paid out (已发放) in the payment window, if any.
    let lastPaid: MonthPeriod?
    /// The members the enrollment covers, and whether the household is urban: what the 错保
    /// rules share department income over and hold it to.
    let members: Int
    let urban: Bool

    /// The rows of `member` among `records`' enrollments, with `lastPaid` aligned to them.
    static func rows(of member: SynthPerson, in household: SynthHousehold, records: HouseholdRecords, lastPaid: [MonthPeriod?]) -> [SynthRollRow] {
        records.enrollments.indices.compactMap { index in
            let enrollment = records.enrollments[index]
            let covered = enrollment.coveredIDs.isEmpty ? member.counted : enrollment.coveredIDs.contains(member.id)
            guard covered else { return nil }
            let members = enrollment.coveredIDs.isEmpty ? household.countedMembers.count : enrollment.coveredIDs.count
            return SynthRollRow(certificate: enrollment.certificate, program: enrollment.program,
                                inForce: enrollment.status == .active || enrollment.status == .tapering, lastPaid: lastPaid[index],
                                members: members, urban: household.isUrban)
        }
    }
}
