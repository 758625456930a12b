/// 分配低保指标: a township whose villages' 低保 coverage rates look allocated rather than
/// assessed: many villages on a whole percentage, or many on the very same rate. Coverage is
/// the persons on 低保 in force over the persons registered in the village (its 户籍人口, from
/// the region master data). A signal is for review, never a conclusion: the statistic is
/// shown with it.
///
/// By chance a village of N persons lands on a whole percentage with probability about
/// gcd(N, 100) / 100 (a few percent for villages of hundreds), and two villages rarely share
/// a rate to the basis point; half the villages doing either is not chance.
///
/// Source: 2020 阳谷 plan: each township checks itself for 有无分配低保指标 (allocating 低保
/// places to villages by quota instead of assessing households).
public enum QuotaAllocation {
    public struct Village: Sendable, Equatable {
        public let code: RegionCode
        public let registered: Int
        public let covered: Int

        public init(code: RegionCode, registered: Int, covered: Int) {
            self.code = code
            self.registered = registered
            self.covered = covered
        }

        /// Coverage in basis points (1/100 of a percent), rounded half up; nil with nobody registered.
        public var basisPoints: Int? { QuotaAllocation.basisPoints(covered: covered, registered: registered) }
    }

    public struct Settings: Sendable {
        /// Townships with fewer villages that have anyone on 低保 are not judged.
        public var minimumVillages: Int
        /// The share of villages on whole percentages, or on one rate, that makes a signal.
        public var share: Double

        public init(minimumVillages: Int = 4, share: Double = 0.5) {
            self.minimumVillages = minimumVillages
            self.share = share
        }
    }

    public struct Signal: Sendable, Equatable {
        public let township: RegionCode
        /// Villages judged (with someone on 低保).
        public let villages: Int
        /// Of them, on a whole percentage.
        public let wholePercent: Int
        /// The commonest rate (basis points) and how many villages share it.
        public let modalBasisPoints: Int
        public let modalCount: Int

        /// The statistic as facts: figures only.
        public var facts: [String: String] {
            ["villages": String(villages), "whole_percent": String(wholePercent),
             "modal_rate": Self.percentText(modalBasisPoints), "modal_count": String(modalCount)]
        }

        public static func percentText(_ basisPoints: Int) -> String {
            String(basisPoints / 100) + "." + (basisPoints % 100 < 10 ? "0" : "") + String(basisPoints % 100)
        }
    }

    /// `covered` over `registered` in basis points, rounded half up; nil with nobody registered.
    public static func basisPoints(covered: Int, registered: Int) -> Int? {
        registered == 0 ? nil : (covered * 10_000 * 2 + registered) / (registered * 2)
    }

    /// One signal per township that shows either pattern.
    public static func signals(_ villages: [Village], settings: Settings = Settings()) -> [Signal] {
        let byTownship = Dictionary(grouping: villages.filter { $0.covered > 0 && $0.basisPoints != nil }) { $0.code.township ?? $0.code }
        return byTownship.keys.sorted { $0.value < $1.value }.compactMap { township in
            let rates = byTownship[township]!.compactMap(\.basisPoints)
            guard rates.count >= settings.minimumVillages else { return nil }
            let whole = rates.filter { $0 % 100 == 0 }.count
            let counts = Dictionary(rates.map { ($0, 1) }, uniquingKeysWith: +)
            let modal = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!
            let threshold = settings.share * Double(rates.count)
            guard Double(whole) >= threshold || (modal.value >= 2 && Double(modal.value) >= threshold) else { return nil }
            return Signal(township: township, villages: rates.count, wholePercent: whole, modalBasisPoints: modal.key, modalCount: modal.value)
        }
    }
}
