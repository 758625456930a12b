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

    /// Filed relatives: each enrollment in force.
    static func inForce(_ rows: [SynthRollRow]) -> Int {
        rows.filter(\.inForce).count
    }

    /// 错保 signals (vehicles, homes, businesses, payroll, pensions, the provident fund): each
    /// 低保 or 特困 enrollment in force on which the record breaks the limits (`WealthLimits`).
    static func wealth(_ rows: [SynthRollRow], signal: (SynthRollRow) -> Bool) -> Int {
        rows.filter { $0.inForce && $0.program.isMeansTested && signal($0) }.count
    }

    /// Homes: each of the person's properties that is a signal on each such enrollment, a
    /// residential one when the enrollment's members hold more homes between them than the
    /// limit (`homes`: the distinct homes per certificate, as the engine counts them).
    static func properties(_ rows: [SynthRollRow], _ properties: [(type: PropertyType, area: Int)], homes: [String: Int],
                           limits: WealthLimits) -> Int {
        properties.reduce(0) { total, property in
            total + wealth(rows) { limits.property(property.type, homesInHousehold: homes[$0.certificate] ?? 0) != nil }
        }
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
