import DoudiDomain

/// The individual programs: 低保 (整户 and 单人保), 特困, the two disability subsidies and the
/// children's allowances.
extension EnrollmentPlanner {
    mutating func dibaoEnrollment(
        _ household: inout SynthHousehold, staff: VillageStaff, records: inout HouseholdRecords, voluntary: String?
    ) -> SynthEnrollment {
        let standard = BenefitStandards.dibao(urban: household.isUrban)
        // Per-capita income well below the standard (triangular around 35 %), then the formula.
        let target = rng.triangular(0...85, mode: 35)
        let items = incomes(household, targetPercent: target)
        let monthlyIncome = items.reduce(Int64(0)) { $0 + $1.monthlyFen }
        let counted = household.members.filter(\.counted).count
        let (categories, addOn) = classification(household, standard: standard)
        // A case pushed through for a relative may have income above the standard: it still gets a
        // token amount (20 % of the standard), which is exactly what a recomputation would flag.
        let amount = max(Self.roundToYuan(standard * Int64(counted) - monthlyIncome + addOn), Self.roundToYuan(standard / 5))
        var enrollment = base(program: .dibao, household: household, staff: staff, startSpan: 30...3650, mode: 700)
        enrollment.coverage = "整户"
        enrollment.coveredCount = counted
        enrollment.monthlyFen = amount
        enrollment.categories = categories
        enrollment.voluntaryNote = voluntary
        enrollment.startReason = household.members.contains(where: \.isSevereDisabled) ? "家庭成员重度残疾，收入低于标准"
            : household.members.allSatisfy(\.isElderly) ? "老年人家庭，收入低于标准" : "家庭人均收入低于当地低保标准"
        setReview(&enrollment, household: household)
        var written = items
        let outcome = settleStatus(&enrollment, household: &household, deathLikely: household.members.count == 1)
        if outcome == .incomeRose {
            // The file shows today's income, which is why the case is tapering off or has ended.
            written = incomes(household, targetPercent: rng.int(105...140))
        }
        records.incomes += written.map(Self.incomeRow(household))
        addAssets(household, enrolled: true, records: &records)
        return enrollment
    }

    mutating func tekun(
        _ household: inout SynthHousehold, member: Int, staff: VillageStaff, records: inout HouseholdRecords
    ) -> SynthEnrollment {
        var (enrollment, assessment) = tekunEnrollment(household.members[member], household: household, staff: staff)
        setReview(&enrollment, household: household)
        var assessed = assessment
        if settleStatus(&enrollment, household: &household, deathLikely: true) == .died, let death = household.members[member].deathDate {
            // The assessment happened while the person was alive.
            assessed.date = min(assessed.date, death.adding(days: -rng.int(10...200)))
        }
        records.adl.append(assessed)
        records.incomes += incomes(household, targetPercent: 0).map(Self.incomeRow(household))
        addAssets(household, enrolled: true, records: &records)
        return enrollment
    }

    /// A 特困 enrollment for `person` alone and the self-care assessment its care amount follows;
    /// the caller sets the review schedule once the start date is final.
    mutating func tekunEnrollment(_ person: SynthPerson, household: SynthHousehold, staff: VillageStaff)
        -> (SynthEnrollment, (id: String, date: CivilDate, assessor: String, items: [Bool], careForm: String, institution: String)) {
        let assessment = adlAssessment(person, household: household, staff: staff)
        let level = CareLevel(failedItems: assessment.items.filter { !$0 }.count)
        var enrollment = base(program: .tekun, household: household, staff: staff, startSpan: 30...5400, mode: 1500)
        enrollment.coverage = "单人"
        enrollment.coveredIDs = [person.id]
        enrollment.coveredCount = 1
        enrollment.monthlyFen = BenefitStandards.tekunBasic(urban: household.isUrban) + BenefitStandards.tekunCare(level: level)
        enrollment.categories = ["三无人员"]
        enrollment.careForm = assessment.careForm
        enrollment.reviewClass = "A"
        enrollment.startReason = person.isElderly ? "老年人，无劳动能力、无生活来源、无法定赡养义务人" : "重度残疾人，无劳动能力、无生活来源、无法定扶养义务人"
        return (enrollment, assessment)
    }

    /// 单人保: a severely disabled adult of a 边缘易致贫户 covered alone (民发〔2021〕57号 art 11).
    mutating func singleProtection(_ household: SynthHousehold, staff: VillageStaff, records: inout HouseholdRecords) -> SynthEnrollment? {
        guard !scale, household.monitoring == "边缘易致贫户", household.members.count > 1,
              let member = household.members.first(where: { $0.isSevereDisabled && $0.age >= 16 && $0.counted }),
              rng.chance(0.6) else { return nil }
        let standard = BenefitStandards.dibao(urban: household.isUrban)
        var enrollment = base(program: .dibao, household: household, staff: staff, startSpan: 30...1800, mode: 400)
        enrollment.coverage = "单人"
        enrollment.coveredIDs = [member.id]
        enrollment.coveredCount = 1
        enrollment.monthlyFen = Self.roundToYuan(standard + standard * BenefitStandards.addOnPercent("重度残疾人") / 100)
        enrollment.categories = ["重度残疾人"]
        enrollment.startReason = "低保边缘家庭重度残疾人单人保"
        setReview(&enrollment, household: household)
        return enrollment
    }

    /// 两项补贴 for disabled members and the allowances for orphans and unsupported children.
    mutating func addPersonPrograms(
        _ household: SynthHousehold, staff: VillageStaff, records: inout HouseholdRecords, tekunMember: Int?
    ) {
        let lowIncome = records.enrollments.contains { $0.program == .dibao && $0.status != .ended } || household.monitoring != nil
        for (index, person) in household.members.enumerated() where index != tekunMember && person.deathDate == nil {
            if let disability = person.disability {
                if lowIncome && rng.chance(0.85) {
                    records.enrollments.append(personProgram(.livingSubsidy, person, household, staff, BenefitStandards.livingSubsidy, "困难残疾人"))
                }
                if disability.isSevere && rng.chance(0.45) {
                    records.enrollments.append(personProgram(.careSubsidy, person, household, staff, BenefitStandards.careSubsidy(grade: disability.grade), "重度残疾人"))
                }
            }
            if person.statuses.contains("孤儿"), rng.chance(0.95) {
                records.enrollments.append(personProgram(.orphan, person, household, staff, BenefitStandards.orphanAllowance, "父母双亡"))
            } else if person.statuses.contains("事实无人抚养儿童"), rng.chance(0.9) {
                records.enrollments.append(personProgram(.unsupportedChild, person, household, staff, BenefitStandards.orphanAllowance, "父母无力履行抚养义务"))
            }
        }
    }

    private mutating func personProgram(
        _ program: ProgramKind, _ person: SynthPerson, _ household: SynthHousehold, _ staff: VillageStaff, _ amount: Int64, _ reason: String
    ) -> SynthEnrollment {
        var enrollment = base(program: program, household: household, staff: staff, startSpan: 30...2900, mode: 900)
        // Never before the person was born (children) or, for subsidies, before they turned one.
        let earliest = person.birth.adding(days: 400)
        if enrollment.start < earliest { enrollment.start = min(earliest, daysAgo(20)) }
        enrollment.coverage = "单人"
        enrollment.coveredIDs = [person.id]
        enrollment.coveredCount = 1
        enrollment.monthlyFen = amount
        enrollment.startReason = reason
        if rng.chance(0.03) {
            end(&enrollment)
            enrollment.endReason = program == .orphan || program == .unsupportedChild ? "年满18周岁" : (person.disability.map { $0.validUntil < asOf } ?? false) ? "残疾证有效期届满未换领" : "不再符合条件"
        }
        return enrollment
    }

    /// The fields every enrollment shares: number, staff, start date.
    mutating func base(program: ProgramKind, household: SynthHousehold, staff: VillageStaff, startSpan: ClosedRange<Int>, mode: Int) -> SynthEnrollment {
        let accepted = staff.officials.isEmpty ? rng.pick(staff.township) : rng.pick(staff.officials)
        let investigator = rng.below(staff.township.count)
        // 审批 is never done by the person who investigated (separation of duties).
        let approver = rng.chance(0.7) || staff.township.count < 2
            ? rng.pick(staff.county)
            : staff.township[(investigator + 1 + rng.below(staff.township.count - 1)) % staff.township.count]
        return SynthEnrollment(
            certificate: certificate(program), program: program, status: .active, coverage: "整户",
            coveredIDs: [], coveredCount: 0, monthlyFen: 0, start: daysAgo(rng.triangular(startSpan, mode: mode)),
            startReason: "", acceptedBy: accepted.number, investigatedBy: staff.township[investigator].number,
            approvedBy: approver.number
        )
    }
}
