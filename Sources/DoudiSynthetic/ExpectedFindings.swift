import DoudiDomain

/// How many findings each planted record must give, worked out from what the generator
/// wrote (the person's enrollments, their payments, the department row). This is the demo's
/// answer key, kept beside the data in planted.csv; it states the identity rules' cases
/// (`IdentityRule`, policy reference §4.3) in terms of the generator's own records, so a run
/// that finds more or fewer is wrong.
enum ExpectedFindings {
    /// 死亡人员领取: each enrollment still in force, or paid for a month after the death month.
    static func deceased(_ rows: [SynthRollRow], died: CivilDate) -> Int {
        let month = MonthPeriod(containing: died)
        return rows.filter { row in row.inForce || (row.lastPaid.map { $0 > month } ?? false) }.count
    }

    /// Vehicles, real estate, payroll and filed relatives: each enrollment in force.
    static func inForce(_ rows: [SynthRollRow]) -> Int {
        rows.filter(\.inForce).count
    }

    /// Businesses: as `inForce`, unless the business was cancelled or revoked.
    static func business(_ rows: [SynthRollRow], defunct: Bool) -> Int {
        defunct ? 0 : inForce(rows)
    }

    /// Another county's roll: each enrollment in force in the same program, or 低保 against
    /// 特困, when the listed roll is another county's. `listed` is nil for programs Doudi does
    /// not run (优抚).
    static func otherCounty(_ rows: [SynthRollRow], listed: ProgramKind?, sameCounty: Bool) -> Int {
        guard let listed, !sameCounty else { return 0 }
        return rows.filter { row in
            row.inForce && (row.program == listed || (row.program.isMeansTested && listed.isMeansTested))
        }.count
    }
}
