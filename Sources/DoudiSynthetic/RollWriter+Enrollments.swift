import DoudiDomain

/// enrollments.csv and payments.csv.
extension RollWriter {
    func enrollment(_ enrollment: SynthEnrollment, household: SynthHousehold) throws {
        let file = enrollments
        file.field(enrollment.certificate); file.field(household.number); file.field(enrollment.program.label)
        file.field(enrollment.status.label); file.field(enrollment.coverage); file.field(enrollment.coveredIDs.joined(separator: "；"))
        file.field(FastText.yuan(fen: enrollment.monthlyFen)); file.field(enrollment.categories.joined(separator: "、"))
        file.optional(enrollment.reviewClass); file.field(FastText.date(enrollment.start)); file.field(enrollment.startReason)
        file.optional(enrollment.end.map(FastText.date)); file.optional(enrollment.endReason)
        file.optional(enrollment.nextReview.map(FastText.date))
        file.field(enrollment.acceptedBy); file.field(enrollment.investigatedBy); file.field(enrollment.approvedBy)
        file.optional(enrollment.careForm); file.optional(enrollment.voluntaryNote)
        try file.endRow()
    }

    /// One row per month of the window in which the enrollment was in payment: from its start
    /// month up to (not including) the month it ended. Paused months are listed as 暂停; a month
    /// paid after the covered person's death comes back from the bank (已退回).
    /// Returns the last month paid out (已发放), which the death rule compares with.
    func paymentRows(_ enrollment: SynthEnrollment, household: SynthHousehold) throws -> MonthPeriod? {
        let startMonth = MonthPeriod(containing: enrollment.start)
        let endMonth = enrollment.end.map { MonthPeriod(containing: $0) }
        let program = enrollment.program.rawValue
        let deathDate = household.members.count == 1 ? household.members[0].deathDate : nil
        let amount = FastText.yuan(fen: enrollment.monthlyFen)
        var lastPaid: MonthPeriod?
        for (index, month) in paymentMonths.enumerated() {
            guard month >= startMonth else { continue }
            if let endMonth, month >= endMonth { break }
            let payDay = payDays[index][program]
            let status: String
            let paused = enrollment.pausedFrom.map { month >= $0 } ?? false
            if paused {
                status = "暂停"
            } else if let deathDate, payDay > deathDate {
                status = "已退回"
            } else {
                let u = rng.unit()
                status = u < 0.003 ? "发放失败" : u < 0.0045 ? "已退回" : "已发放"
            }
            if status == "已发放" { lastPaid = month }
            paymentSerial += 1
            payments.field(enrollment.certificate); payments.field(monthTexts[index]); payments.field(amount)
            if paused { payments.empty() } else { payments.field(FastText.date(payDay)) }
            payments.field(status)
            payments.field(serialPrefixes[index] + FastText.padded(paymentSerial, width: 10))
            try payments.endRow()
        }
        return lastPaid
    }
}
