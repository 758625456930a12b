import DoudiDomain
import Foundation

/// Streams the roll county by county and village by village. Only one village's households are
/// in memory at a time, so the scale mode's millions of people need no more memory than the demo.
final class RollGenerator {
    struct CountyQuota {
        let countyIndex: Int
        /// Households (demo) or enrolled persons (scale).
        let quota: Int
    }

    let seed: UInt64
    let asOf: CivilDate
    let asOfMonth: MonthPeriod
    let scale: Bool
    let writer: RollWriter
    let ids: CitizenIDAllocator
    var hits: HitSampler
    var stats = RollStats()
    /// The answer key of the problems planted in the roll itself.
    var planted = PlantedFindings()
    let progress: (@Sendable (String, Int) -> Void)?
    /// The household audit rules to settle each household against (`EnrollmentPlanner.settle`).
    let audit: DemoAuditRules?
    private var writtenCities = Set<Int>()
    /// Whether a township was planted with quota-allocated coverage (RG-QUOTA) yet: one, in the demo.
    private var quotaPlanted = false

    init(seed: UInt64, asOfMonth: MonthPeriod, scale: Bool, writer: RollWriter, audit: DemoAuditRules?,
         progress: (@Sendable (String, Int) -> Void)?) {
        self.audit = audit
        self.seed = seed
        self.asOfMonth = asOfMonth
        asOf = asOfMonth.lastDay
        self.scale = scale
        self.writer = writer
        ids = CitizenIDAllocator(side: .roll, seed: seed, lastDay: asOf)
        hits = HitSampler(seed: seed)
        self.progress = progress
    }

    func run(_ quotas: [CountyQuota]) throws {
        try writer.region(code: ShandongCatalog.provinceCode * 1_000_000, name: ShandongCatalog.provinceName, urbanRural: nil)
        for quota in quotas {
            try county(quota)
            progress?("households.csv", stats.persons)
        }
    }

    private func county(_ quota: CountyQuota) throws {
        let county = ShandongCatalog.counties[quota.countyIndex]
        let plan = RegionPlanner.plan(county, seed: seed)
        stats.counties += 1
        if writtenCities.insert(county.cityCode).inserted {
            let cityName = county.cityName
            try writer.region(code: county.cityCode * 1_000_000, name: cityName, urbanRural: nil)
        }
        try writer.region(code: plan.code12, name: county.name, urbanRural: nil)
        // Villages are written once their households are, with the population those give.
        for township in plan.townships {
            try writer.region(code: township.code, name: township.name, urbanRural: nil)
        }
        let stream = UInt64(county.code)
        var builder = HouseholdBuilder(seed: seed, stream: stream << 8 | 1, ids: ids, asOf: asOf, countyIndex: quota.countyIndex, enrolledOnly: scale)
        var planner = EnrollmentPlanner(seed: seed, stream: stream << 8 | 2, asOf: asOf, asOfMonth: asOfMonth, county: county, scale: scale)
        var factory = StaffFactory(countyCode: county.code)
        var countyStaff: [SynthStaff] = []
        for _ in 0..<(scale ? 3 : 4) {
            countyStaff.append(factory.make(post: "县级经办人员", region: plan.code12, builder: &builder))
        }
        try countyStaff.forEach(writer.staffMember)
        hits.staff += countyStaff.map { ($0, quota.countyIndex) }
        let villages = plan.villages
        let weights = villages.map { scale ? ($0.isUrban ? 5 : 8) : $0.weight }
        let villageQuotas = Apportion.split(quota.quota, weights: weights)
        var villageIndex = 0
        for township in plan.townships {
            var townshipStaff: [SynthStaff] = []
            for _ in 0..<builder.rng.int(2...3) {
                townshipStaff.append(factory.make(post: "乡镇经办人员", region: township.code, builder: &builder))
            }
            try townshipStaff.forEach(writer.staffMember)
            hits.staff += townshipStaff.map { ($0, quota.countyIndex) }
            stats.staff += townshipStaff.count
            var counts: [VillagePopulations.Village] = []
            for village in township.villages {
                let staff = VillageStaff(officials: [], township: townshipStaff, county: countyStaff)
                let (persons, covered) = try self.village(
                    village, quota: villageQuotas[villageIndex], countyIndex: quota.countyIndex, staff: staff,
                    builder: &builder, planner: &planner, factory: &factory
                )
                counts.append(.init(code: village.code, persons: persons, covered: covered))
                villageIndex += 1
            }
            try writeVillages(township, counts)
        }
        stats.staff += countyStaff.count
    }

    /// The township's villages with their 户籍人口 (none in scale mode, whose registry holds
    /// recipients only). The demo plants one township with quota-shaped coverage, and the
    /// rule (`QuotaAllocation`, the code a run uses) must flag exactly that one.
    private func writeVillages(_ township: SynthTownship, _ counts: [VillagePopulations.Village]) throws {
        guard !scale else {
            for village in township.villages {
                try writer.region(code: village.code, name: village.registeredName, urbanRural: village.urbanRuralCode)
            }
            return
        }
        let plant = !quotaPlanted && VillagePopulations.judged(counts)
        let populations = VillagePopulations.populations(counts, planted: plant)
        for (village, population) in zip(township.villages, populations) {
            try writer.region(code: village.code, name: village.registeredName, urbanRural: village.urbanRuralCode, population: population)
        }
        let judged = zip(counts, populations).map { QuotaAllocation.Village(code: RegionCode(String($0.code))!, registered: $1, covered: $0.covered) }
        guard QuotaAllocation.signals(judged).isEmpty != plant else {
            throw DemoDataError.unplannedHit(rule: RegionRule.quotaAllocation.rawValue, household: String(township.code))
        }
        if plant {
            quotaPlanted = true
            planted.add(.region(.quotaAllocation), String(township.code), expected: 1,
                        note: "乡镇各村低保覆盖率按 " + VillagePopulations.quotaRates.map { "\($0)%" }.joined(separator: "/") + " 分配")
        }
    }
}
