import DoudiDomain

/// Decides which programs a household is enrolled in and derives everything that follows from
/// that decision: amounts, statuses, review schedule, incomes, assets, ADL assessments.
///
/// Decisions are driven by need (elderly, disability, illness, monitoring status, rural), so the
/// roll has the composition of a real one, and amounts follow the 低保 formula from the incomes
/// written to incomes.csv, so the audit engine can recompute them.
struct EnrollmentPlanner {
    var rng: SplitMix64
    /// The household-rule settling's own stream (`settle`), so settling leaves every other
    /// draw, and with it the identity plants, as it would be without it.
    var settleRng: SplitMix64
    /// The policy's parameters per region for `settle`, resolved once each.
    var parameters: ProgramBatch.ParameterCache?
    let asOf: CivilDate
    let asOfMonth: MonthPeriod
    let county: ShandongCounty
    /// Scale mode: every household is enrolled (低保, or 特困 for single 特困 archetypes), nothing ends.
    let scale: Bool
    /// Multiplies the need-based 低保 propensity; tuned so about 5 % of persons are covered.
    static let propensityScale = 1.15
    /// Share of households not enrolled whose incomes and assets are still on file (applicants,
    /// spot checks), so the checks have non-recipients to compare against.
    static let incomeSampleRate = 0.12
    private var certificateCounters = [Int](repeating: 0, count: 6)

    init(seed: UInt64, stream: UInt64, asOf: CivilDate, asOfMonth: MonthPeriod, county: ShandongCounty, scale: Bool) {
        rng = SplitMix64(seed: seed, stream: stream)
        settleRng = SplitMix64(seed: seed, stream: stream ^ 0x5E77_1E00)
        self.asOf = asOf
        self.asOfMonth = asOfMonth
        self.county = county
        self.scale = scale
    }

    mutating func certificate(_ program: ProgramKind) -> String {
        certificateCounters[program.rawValue] += 1
        return program.prefix + String(county.code) + FastText.padded(certificateCounters[program.rawValue], width: 6)
    }

    mutating func plan(_ household: inout SynthHousehold, staff: VillageStaff, forceDibao: Bool) -> HouseholdRecords {
        var records = HouseholdRecords()
        var tekunMember: Int?
        var dibao = false
        var voluntary: String?
        if household.archetype == .tekunSingle {
            if !scale && rng.chance(0.03) {
                dibao = true
                voluntary = "经本人签字同意选择低保"
            } else {
                tekunMember = 0
            }
        } else {
            dibao = scale || forceDibao || rng.chance(dibaoPropensity(household))
        }
        if let member = tekunMember {
            records.enrollments.append(tekun(&household, member: member, staff: staff, records: &records))
        }
        if dibao {
            records.enrollments.append(dibaoEnrollment(&household, staff: staff, records: &records, voluntary: voluntary))
        } else if tekunMember == nil {
            let single = singleProtection(household, staff: staff, records: &records)
            if let single { records.enrollments.append(single) }
            if single != nil || rng.chance(Self.incomeSampleRate) {
                records.incomes += incomes(household, targetPercent: nil).map(Self.incomeRow(household))
                addAssets(household, enrolled: single != nil, records: &records)
            }
        }
        if !scale {
            addPersonPrograms(household, staff: staff, records: &records, tekunMember: tekunMember)
        }
        records.payeeAccount = !records.enrollments.isEmpty
        return records
    }

    /// Need-based probability that a (non-特困) household is on 低保.
    func dibaoPropensity(_ household: SynthHousehold) -> Double {
        var p: Double
        switch household.archetype {
        case .tekunSingle: p = 0
        case .elderAlone: p = 0.05
        case .elderCouple: p = 0.035
        case .singleAdult: p = 0.03
        case .middleAgedCouple: p = 0.012
        case .nuclear: p = 0.012
        case .threeGeneration: p = 0.02
        case .singleParent: p = 0.12
        case .eldersWithDisabledChild: p = 0.35
        case .grandparentsWithGrandchildren: p = 0.25
        case .siblings: p = 0.08
        }
        let members = household.members
        if !household.isUrban { p *= 1.4 }
        if members.contains(where: \.isSevereDisabled) { p *= 3 } else if members.contains(where: { $0.disability != nil }) { p *= 1.5 }
        if members.contains(where: { $0.illness != nil }) { p *= 2.5 }
        if household.monitoring != nil { p *= 4 }
        // A pension of 2,800+ yuan a month puts a household far above the standard.
        if members.contains(where: \.retired) { return 0 }
        return min(0.9, p * Self.propensityScale)
    }

    /// 分类施保 categories of the counted members, in a fixed order, and the add-on in fen.
    func classification(_ household: SynthHousehold, standard: Int64) -> (categories: [String], addOnFen: Int64) {
        // Bits follow `Self.categoryOrder`, the order categories are listed in.
        var present = 0
        var addOn: Int64 = 0
        for person in household.members where person.counted {
            var own = 0
            if person.age >= 60 { own |= 1 << 0 }
            if person.age < 18 { own |= household.archetype == .singleParent ? 1 << 5 : 1 << 1 }
            if person.isSevereDisabled { own |= 1 << 2 }
            if person.illness != nil { own |= 1 << 3 }
            var best: Int64 = 0
            for bit in 0..<6 where own & (1 << bit) != 0 { best = max(best, Self.categoryPercent[bit]) }
            present |= own
            addOn += standard * best / 100
        }
        return ((0..<6).filter { present & (1 << $0) != 0 }.map { Self.categoryOrder[$0] }, addOn)
    }

    static let categoryOrder = ["老年人", "未成年人", "重度残疾人", "重病患者", "三无人员", "单亲家庭子女"]
    static let categoryPercent: [Int64] = categoryOrder.map(BenefitStandards.addOnPercent)

    /// A date `days` before the as-of day.
    func daysAgo(_ days: Int) -> CivilDate { asOf.adding(days: -days) }

    static func roundToYuan(_ fen: Int64) -> Int64 {
        fen <= 0 ? 0 : (fen + 50) / 100 * 100
    }
}
