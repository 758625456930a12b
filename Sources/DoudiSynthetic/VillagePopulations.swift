import DoudiDomain

/// The 户籍人口 written for a township's villages (regions.csv), against which the
/// 分配低保指标 check (`QuotaAllocation`) measures each village's 低保 coverage.
///
/// Every village's population is its people in the registry, nudged by one where that
/// happens to make its rate a whole percentage or the same as another village's, so no
/// township looks allocated by chance. In the one township planted with the problem each
/// village's population is instead what makes its coverage exactly 2, 4 or 5 % (whichever
/// is nearest its people), as when a township hands each village a quota.
enum VillagePopulations {
    struct Village {
        let code: Int
        /// People in the registry, and of them covered by 低保 in force.
        let persons: Int
        let covered: Int
    }

    /// Quota rates a planted township's villages are put on, in percent (each divides 100,
    /// so covered × 100 / rate is a whole number of people).
    static let quotaRates = [2, 4, 5]

    static func populations(_ villages: [Village], planted: Bool) -> [Int] {
        if planted {
            return villages.map { village in
                guard village.covered > 0 else { return village.persons }
                let sizes = quotaRates.map { village.covered * 100 / $0 }
                return sizes.min { abs($0 - village.persons) < abs($1 - village.persons) }!
            }
        }
        var taken: Set<Int> = [], result: [Int] = []
        for village in villages {
            var population = max(village.persons, 1)
            while village.covered > 0, let rate = basisPoints(village.covered, population), rate % 100 == 0 || taken.contains(rate) {
                population += 1
            }
            if village.covered > 0, let rate = basisPoints(village.covered, population) { taken.insert(rate) }
            result.append(population)
        }
        return result
    }

    static func basisPoints(_ covered: Int, _ registered: Int) -> Int? {
        QuotaAllocation.basisPoints(covered: covered, registered: registered)
    }

    /// Whether a township has enough villages with people on 低保 to be judged at all.
    static func judged(_ villages: [Village]) -> Bool {
        villages.filter { $0.covered > 0 }.count >= QuotaAllocation.Settings().minimumVillages
    }
}
