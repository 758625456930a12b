import DoudiDomain

/// Statuses (停保, 渐退, 暂停) and the review schedule.
extension EnrollmentPlanner {
    enum StatusOutcome {
        case active
        case incomeRose
        case died
        case other
    }

    /// Ends or pauses a share of enrollments; for a single-person household that ended by death,
    /// records the death date on the member so households.csv and enrollments.csv agree.
    mutating func settleStatus(_ enrollment: inout SynthEnrollment, household: inout SynthHousehold, deathLikely: Bool) -> StatusOutcome {
        if scale {
            // The scale roll counts only people still enrolled, so nothing ends; a few taper off.
            if enrollment.program == .dibao && rng.chance(0.03) {
                enrollment.status = .tapering
                return .incomeRose
            }
            return .active
        }
        let u = rng.unit()
        let endShare = enrollment.program == .tekun ? 0.05 : 0.06
        if u < endShare {
            end(&enrollment)
            if deathLikely && household.members.count == 1 && (enrollment.program == .tekun || rng.chance(0.5)) {
                enrollment.endReason = "对象死亡"
                household.members[0].deathDate = enrollment.end!.adding(days: -rng.int(3...25))
                return .died
            }
            if enrollment.program == .tekun {
                enrollment.endReason = "由法定义务人履行赡养义务"
                return .other
            }
            let v = rng.unit()
            if v < 0.6 {
                enrollment.endReason = "家庭人均收入超过当地低保标准"
                return .incomeRose
            }
            enrollment.endReason = v < 0.75 ? "户籍迁出本县" : "本人申请退出"
            return .other
        }
        if enrollment.program == .dibao && u < endShare + 0.03 {
            // 渐退期: income has risen above the standard; payments continue for a few months.
            enrollment.status = .tapering
            return .incomeRose
        }
        if u < endShare + 0.04 {
            enrollment.status = .paused
            enrollment.pausedFrom = asOfMonth.adding(months: -rng.int(0...2))
        }
        return .active
    }

    /// Marks an enrollment ended within the last year, keeping at least a month between start and end.
    mutating func end(_ enrollment: inout SynthEnrollment) {
        let endDate = daysAgo(rng.int(5...330))
        if enrollment.start.daysSinceEpoch > endDate.daysSinceEpoch - 60 {
            enrollment.start = endDate.adding(days: -rng.int(200...2000))
        }
        enrollment.status = .ended
        enrollment.end = endDate
        enrollment.nextReview = nil
    }

    /// 复核类别 and 下次复核日期: A yearly (no one able to work), B half-yearly (stable work),
    /// C quarterly (able-bodied members with irregular or no work). A few reviews are overdue.
    mutating func setReview(_ enrollment: inout SynthEnrollment, household: SynthHousehold) {
        let able = household.members.filter { $0.counted && $0.labour == .able && $0.age < 60 }
        let (category, interval): (String, Int)
        if enrollment.program == .tekun || able.isEmpty {
            (category, interval) = ("A", 12)
        } else if able.contains(where: { $0.employment == .flexible || $0.employment == .unemployed || $0.employment == .idle }) {
            (category, interval) = ("C", 3)
        } else {
            (category, interval) = ("B", 6)
        }
        enrollment.reviewClass = category
        let elapsed = MonthPeriod(containing: enrollment.start).months(until: asOfMonth)
        var next = enrollment.start.adding(months: (elapsed / interval + 1) * interval)
        while next <= asOf { next = next.adding(months: interval) }
        if rng.chance(0.04), next.adding(months: -interval) > enrollment.start {
            next = next.adding(months: -interval)
        }
        enrollment.nextReview = next
    }
}
