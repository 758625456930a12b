import DoudiDomain

/// Plants identity problems (and clean look-alikes) into a household whose records are
/// planned, before anything is written. Rates are per eligible household; each household
/// carries at most one plant. The registry's own import would refuse none of them: they are
/// the legacy data the campaign documents describe (policy reference §4.3).
extension EnrollmentPlanner {
    struct Plant {
        let kind: IdentityPlant
        /// The member the plant is on; nil for a whole-household plant.
        let member: Int?
    }

    mutating func plantIdentityProblem(_ household: inout SynthHousehold, records: inout HouseholdRecords, staff: VillageStaff) -> Plant? {
        // The scale roll stays exactly N persons in payment, all valid: it measures speed.
        guard !scale else { return nil }
        let u = rng.unit()
        let inForce = { (enrollment: SynthEnrollment) in enrollment.status == .active || enrollment.status == .tapering }
        let alive = household.members.allSatisfy { $0.deathDate == nil }
        if household.archetype == .tekunSingle {
            guard alive, let tekun = records.enrollments.first(where: { $0.program == .tekun && inForce($0) }) else { return nil }
            if u < 0.05 { records.enrollments.append(dibaoBeside(household, staff, records)); return Plant(kind: .dibaoAndTekun, member: 0) }
            if u < 0.10 { records.enrollments.append(dibaoBefore(tekun, household, staff, records)); return Plant(kind: .transferredToTekun, member: 0) }
            return nil
        }
        if alive, let dibao = records.enrollments.first(where: { $0.program == .dibao && $0.coveredIDs.isEmpty && inForce($0) }) {
            if u < 0.01 { records.enrollments.append(duplicate(dibao)); return Plant(kind: .sameProgramTwice, member: nil) }
            if u < 0.02 { records.enrollments.append(earlier(dibao)); return Plant(kind: .reenrolled, member: nil) }
        }
        let v = rng.unit()
        let referenced = Set(records.enrollments.flatMap(\.coveredIDs) + records.incomes.map(\.id) + records.assets.map(\.id)
            + records.relations.flatMap { [$0.id, $0.other] } + records.adl.map(\.id))
        let wholeHousehold = records.enrollments.contains { $0.coveredIDs.isEmpty }
        // A wrong number only on a member no other file names: those files are imported strictly.
        let unnamed = household.members.indices.filter { index in
            let member = household.members[index]
            return index > 0 && member.counted && member.deathDate == nil && !referenced.contains(member.id)
        }
        if wholeHousehold, !unnamed.isEmpty, v < 0.012 {
            let member = unnamed[rng.below(unnamed.count)]
            let kind: IdentityPlant = v < 0.007 ? .checksum : .birthDateInNumber
            household.members[member].id = Self.corrupt(household.members[member].id, kind)
            household.members[member].plant = kind
            return Plant(kind: kind, member: member)
        }
        let covered = household.members.indices.filter { index in
            let member = household.members[index]
            return member.deathDate == nil && records.enrollments.contains { $0.coveredIDs.isEmpty ? member.counted : $0.coveredIDs.contains(member.id) }
        }
        if !covered.isEmpty, v >= 0.012, v < 0.02 {
            let member = covered[rng.below(covered.count)]
            let kind: IdentityPlant = v < 0.016 ? .sexMismatch : .birthDateMismatch
            household.members[member].plant = kind
            return Plant(kind: kind, member: member)
        }
        let youngAdults = household.members.indices.filter { (18...19).contains(household.members[$0].age) && household.members[$0].deathDate == nil }
        if !youngAdults.isEmpty, v >= 0.02, v < 0.06 {
            let member = youngAdults[rng.below(youngAdults.count)]
            records.enrollments.append(overAgeOrphan(household.members[member], household, staff))
            return Plant(kind: .overAgeOrphan, member: member)
        }
        return nil
    }

    /// The number with its check character changed, or its birth month made 13 (with a check
    /// character that fits, so the date is what fails).
    static func corrupt(_ id: String, _ kind: IdentityPlant) -> String {
        var characters = Array(id)
        if kind == .checksum {
            let wrong: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "X"]
            characters[17] = wrong[(wrong.firstIndex(of: characters[17])! + 1 + Int(characters[16].asciiValue! % 10)) % wrong.count]
        } else {
            characters[10] = "1"
            characters[11] = "3"
            characters[17] = CitizenID.checkCharacter(forBody: String(characters[0..<17])) ?? "0"
        }
        return String(characters)
    }

    /// 低保 for the 特困 person, with the amount the 低保 formula gives (the mistake is the
    /// second program, not the sum).
    private mutating func dibaoBeside(_ household: SynthHousehold, _ staff: VillageStaff, _ records: HouseholdRecords) -> SynthEnrollment {
        var enrollment = base(program: .dibao, household: household, staff: staff, startSpan: 30...900, mode: 200)
        let standard = BenefitStandards.dibao(urban: household.isUrban)
        let (categories, addOn) = classification(household, standard: standard)
        let monthlyIncome = records.incomes.reduce(Int64(0)) { $0 + $1.fen } / 12
        enrollment.coveredCount = 1
        enrollment.categories = categories
        enrollment.monthlyFen = max(Self.roundToYuan(standard - monthlyIncome + addOn), Self.roundToYuan(standard / 5))
        enrollment.startReason = "家庭人均收入低于当地低保标准"
        setReview(&enrollment, household: household)
        return enrollment
    }

    private mutating func dibaoBefore(_ tekun: SynthEnrollment, _ household: SynthHousehold, _ staff: VillageStaff,
                                      _ records: HouseholdRecords) -> SynthEnrollment {
        var enrollment = dibaoBeside(household, staff, records)
        enrollment.end = tekun.start
        enrollment.start = tekun.start.adding(days: -rng.int(200...2000))
        enrollment.status = .ended
        enrollment.endReason = "转为特困人员救助供养"
        enrollment.nextReview = nil
        return enrollment
    }

    private mutating func duplicate(_ dibao: SynthEnrollment) -> SynthEnrollment {
        var copy = dibao
        copy.certificate = certificate(.dibao)
        copy.start = dibao.start.adding(days: rng.int(1...60))
        if copy.start > asOf { copy.start = asOf }
        return copy
    }

    private mutating func earlier(_ dibao: SynthEnrollment) -> SynthEnrollment {
        var old = dibao
        old.certificate = certificate(.dibao)
        old.end = dibao.start.adding(days: -rng.int(60...400))
        old.start = old.end!.adding(days: -rng.int(200...1500))
        old.status = .ended
        old.endReason = "家庭人均收入超过当地低保标准"
        old.nextReview = nil
        old.pausedFrom = nil
        return old
    }

    private mutating func overAgeOrphan(_ person: SynthPerson, _ household: SynthHousehold, _ staff: VillageStaff) -> SynthEnrollment {
        var enrollment = base(program: .orphan, household: household, staff: staff, startSpan: 30...400, mode: 100)
        enrollment.start = person.birth.adding(months: 12 * rng.int(8...15))
        enrollment.coverage = "单人"
        enrollment.coveredIDs = [person.id]
        enrollment.coveredCount = 1
        enrollment.monthlyFen = BenefitStandards.orphanAllowance
        enrollment.startReason = "父母双亡"
        return enrollment
    }
}
