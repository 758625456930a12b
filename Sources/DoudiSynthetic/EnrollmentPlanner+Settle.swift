import DoudiDomain

/// What the household audit rules are measured against in the demo: the policy tree, the day
/// the run is taken on (the data's last day) and the rules' settings.
public struct DemoAuditRules: Sendable {
    public let book: PolicyBook
    public let settings: HouseholdAudit.Settings
    /// Whether the department's poverty-monitoring list is written (with the references):
    /// without it, a household whose monitoring the registry does not record is not monitored.
    public var monitoringListWritten = true

    public init(book: PolicyBook, settings: HouseholdAudit.Settings) {
        self.book = book
        self.settings = settings
    }

    /// 脱保复核 over the data's last year, as a run on the data's last day lists it by default;
    /// the ages of the demo county's policy.
    public static func demo(book: PolicyBook, asOf: MonthPeriod) throws -> DemoAuditRules {
        let county = RegionCode(String(ShandongCatalog.demoCountyCode) + "000000")!
        return DemoAuditRules(book: book, settings: HouseholdAudit.Settings(
            exitsSince: asOf.lastDay.adding(months: -12), ages: try AuditAges(book: book, region: county, on: asOf.lastDay)))
    }
}

/// One household rule's hit the answer key lists: the rule, the member it names, why.
struct HouseholdPlant {
    let rule: HouseholdRule
    let member: Int
    let note: String
}

/// The household audit rules in the demo: the generator asks the rules (`ProgramBatch`, the
/// same code a run uses) about each household as it will be imported (`SynthRegistryView`),
/// records what a careful office would have recorded where the rough plan differs (the
/// 低保 amount the rules give; 特困 for a lone person who meets it; a 渐退 where the income is
/// inside the band; no subsidy the rules refuse), and keeps a share of each problem
/// deliberately, as planted. What the rules find at the end must be exactly what was kept,
/// or the generator is wrong and says so.
extension EnrollmentPlanner {
    /// Shares kept as problems, of the households the rough plan gave each problem.
    static let keptShare: [HouseholdRule: Double] = [.tekunOnDibao: 0.3, .phasedExitMissing: 0.5, .subsidyError: 0.3, .missedCoverage: 0.4,
                                                     .regionMismatch: 0.3]
    /// Shares of households in payment and otherwise in order planted with a blank 户口性质 on
    /// the head, or with no account to pay into.
    static let blankFieldShare = 0.015, noAccountShare = 0.01
    /// Share of lone recipients otherwise in order planted with a 户籍 in another county.
    static let foreignHukouShare = 0.03
    /// Share of 低保 households planted with an amount not raised with the standard.
    static let staleAmountShare = 0.03

    mutating func settle(_ household: inout SynthHousehold, records: inout HouseholdRecords, staff: VillageStaff,
                         rules: DemoAuditRules, identityPlanted: Bool) throws -> [HouseholdPlant] {
        swap(&rng, &settleRng)
        defer { swap(&rng, &settleRng) }
        // Kept problems and repairs, by rule and certificate (indices move when a subsidy goes),
        // or by rule alone for a hit on the household itself (漏保).
        var kept: Set<String> = [], decided: Set<String> = []
        func id(_ rule: HouseholdRule, _ certificate: String) -> String { rule.rawValue + "|" + certificate }
        func id(_ hit: HouseholdHit) -> String {
            id(hit.rule, hit.enrollmentID.flatMap(SynthRegistryView.enrollmentIndex).map { records.enrollments[$0].certificate } ?? "")
        }
        // A structural repair (特困 instead of 低保, a subsidy dropped) judges the household
        // again; each problem is decided once, so this ends within a few rounds.
        for _ in 0..<8 {
            guard let outcome = evaluate(household, records, rules) else { return [] }
            var changed = false
            hits: for hit in outcome.hits {
                let key = id(hit), index = hit.enrollmentID.flatMap(SynthRegistryView.enrollmentIndex) ?? -1
                // A household carrying an identity plant is left as planned: its household hits are listed as they fall.
                guard !identityPlanted, decided.insert(key).inserted else { continue }
                switch hit.rule {
                case .missedCoverage where !rng.chance(Self.keptShare[.missedCoverage]!):
                    // The check found the income above the standard: that is why nothing was granted.
                    // The planning standard is not the policy's, so judge again (and raise again if need be).
                    records.incomes = incomes(household, targetPercent: rng.int(160...320)).map(Self.incomeRow(household))
                    decided.remove(key)
                    changed = true
                case .amountMismatch:
                    records.enrollments[index].monthlyFen = outcome.programs!.dibao.amount.money.fen
                    changed = true
                case .reviewOverdue, .exitReview:
                    // Planted by the review schedule (`setReview`), or listed as every exit is.
                    kept.insert(key)
                case .tekunOnDibao where records.enrollments[index].status == .active && !rng.chance(Self.keptShare[.tekunOnDibao]!):
                    moveToTekun(index, household: household, staff: staff, records: &records)
                    changed = true
                    // The enrollment the other hits name is now another: judge again.
                    break hits
                case .phasedExitMissing where !rng.chance(Self.keptShare[.phasedExitMissing]!):
                    records.enrollments[index].endReason = "渐退期满，家庭收入超过低保标准"
                    changed = true
                case .subsidyError where !rng.chance(Self.keptShare[.subsidyError]!):
                    records.enrollments.remove(at: index)
                    changed = true
                    // The other hits' enrollment indices have moved: judge again.
                    break hits
                case .regionMismatch where !rng.chance(Self.keptShare[.regionMismatch]!):
                    // The case was accepted where a covered member's 户籍 is.
                    let covered = Set(records.enrollments[index].coveredIDs)
                    for member in household.members.indices where covered.isEmpty ? household.members[member].counted : covered.contains(household.members[member].id) {
                        household.members[member].hukouCode = household.village.codeText
                    }
                    changed = true
                case .missingFields:
                    // Not drawn by the plan (every field is filled); filled if ever it is.
                    for member in household.members.indices where household.members[member].hukouType.isEmpty {
                        household.members[member].hukouType = "居民"
                    }
                    changed = true
                case .noAccount:
                    records.payeeAccount = true
                    changed = true
                case .tekunOnDibao, .phasedExitMissing, .subsidyError, .missedCoverage, .regionMismatch:
                    kept.insert(key)
                }
            }
            if !changed { break }
        }
        // An amount not raised with the standard, on a household otherwise in order.
        if !identityPlanted, kept.isEmpty, let outcome = evaluate(household, records, rules), outcome.hits.isEmpty,
           let programs = outcome.programs, programs.dibao.status == .eligible,
           let index = records.enrollments.firstIndex(where: { $0.program == .dibao && $0.status == .active && $0.coveredIDs.isEmpty }),
           rng.chance(Self.staleAmountShare) {
            let computed = programs.dibao.amount.money.fen
            records.enrollments[index].monthlyFen = max(100, computed - Int64(rng.int(15...60)) * 100)
            kept.insert(id(.amountMismatch, records.enrollments[index].certificate))
        }
        // A blank field, or no account, on a household in payment otherwise in order.
        if !identityPlanted, kept.isEmpty, let outcome = evaluate(household, records, rules), outcome.hits.isEmpty,
           let index = records.enrollments.firstIndex(where: { $0.isMeansTestedActive && $0.status == .active }) {
            let covered = records.enrollments[index].coveredIDs
            var planted: HouseholdRule?
            if (covered.isEmpty ? household.members[0].counted : covered.contains(household.members[0].id)), rng.chance(Self.blankFieldShare) {
                household.members[0].hukouType = ""
                planted = .missingFields
            } else if rng.chance(Self.noAccountShare) {
                records.payeeAccount = false
                planted = .noAccount
            } else if household.members.count == 1, rng.chance(Self.foreignHukouShare) {
                // A lone recipient whose 户籍 was moved to another county without the case following.
                household.members[0].hukouCode = String(ShandongCatalog.counties.first { $0.code != county.code }!.code)
                planted = .regionMismatch
            }
            // The plant shows on every enrollment it touches (the head's subsidy as well as the 低保).
            if let planted, let after = evaluate(household, records, rules) {
                for hit in after.hits where hit.rule == planted { kept.insert(id(hit)) }
            }
        }
        guard let final = evaluate(household, records, rules) else { return [] }
        return try final.hits.map { hit in
            guard identityPlanted || kept.contains(id(hit)) else {
                throw DemoDataError.unplannedHit(rule: hit.rule.rawValue, household: household.number)
            }
            return HouseholdPlant(rule: hit.rule, member: SynthRegistryView.memberIndex(hit.personID) ?? 0,
                                  note: (identityPlanted ? "（同户另有身份类问题）" : "") + Self.plantNote(hit.rule))
        }
    }

    private mutating func evaluate(_ household: SynthHousehold, _ records: HouseholdRecords, _ rules: DemoAuditRules) -> ProgramBatch.Outcome? {
        let view = SynthRegistryView(household, records: records, incomeMonths: (asOfMonth.adding(months: -12), asOfMonth.adding(months: -1)),
                                     monitoringList: rules.monitoringListWritten)
        guard let registered = view.registered(on: asOf) else { return nil }
        var cache = parameters ?? ProgramBatch.ParameterCache(book: rules.book, on: asOf)
        defer { parameters = cache }
        let outcome = ProgramBatch.run([registered], cache: &cache, audit: rules.settings)[0]
        return outcome.programs == nil ? nil : outcome
    }

    /// 特困 for the lone member instead of the planned 低保: an assessment, the 特困 amounts.
    private mutating func moveToTekun(_ index: Int, household: SynthHousehold, staff: VillageStaff, records: inout HouseholdRecords) {
        var (enrollment, assessment) = tekunEnrollment(household.members[0], household: household, staff: staff)
        enrollment.start = records.enrollments[index].start
        setReview(&enrollment, household: household)
        records.adl.append(assessment)
        records.enrollments[index] = enrollment
    }

    static func plantNote(_ rule: HouseholdRule) -> String {
        switch rule {
        case .tekunOnDibao: "单人低保户成员符合特困条件，未签自愿选择说明"
        case .amountMismatch: "低保金额少于规则测算（标准调整后未调整）"
        case .reviewOverdue: "复核日期已过，未复核"
        case .phasedExitMissing: "收入在渐退范围内停保，未给予渐退期"
        case .exitReview: "近一年退出，家中有老年人、残疾人、未成年人或重病患者"
        case .subsidyError: "两项补贴不符合规则（残疾证、等级或特困）"
        case .missedCoverage: "监测对象家庭有老弱病残幼成员，核对收入低于标准，未纳入低保或特困"
        case .missingFields: "户主户口性质未填"
        case .noAccount: "在保但无发放账户"
        case .regionMismatch: "保障成员户籍均不在本县"
        }
    }
}
