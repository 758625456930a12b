/// Runs the 低保 and 特困 rules over a region's households twice on the change's first day,
/// under the policy in force and under the changed standard, and reports who joins,
/// who leaves, whose amount moves and what it costs by township.
///
/// Source: policy reference §2 (raising the standard) and §5 item 3 (the same rules that
/// decide cases decide the simulation: no second formula). Both runs use the rules'
/// computed amounts, not recorded ones, so the difference is the change's alone.
public enum StandardSimulation {
    public static func run(_ households: [RegisteredHousehold], notAssessed: [RegionCode: Int] = [:], book: PolicyBook,
                           change: StandardChange) throws(PolicyError) -> SimulationResult {
        let changed = change.applied(to: book)
        let date = change.from
        var before = ParameterCache(book: book, date: date), after = ParameterCache(book: changed, date: date)
        var rows: [SimulationResult.Row] = []
        var byTownship: [RegionCode: SimulationResult.Totals] = [:]
        for (township, count) in notAssessed { byTownship[township, default: .init()].notAssessed += count }
        for household in households {
            guard let region = RegionCode(prefix: household.situation.region) else { continue }
            // Members on 特困 are paid by 特困, not counted again in the household's 低保.
            let dibaoHousehold = household.situation.excluding(household.onTekun).situation
            let old = DibaoEvaluator.evaluate(dibaoHousehold, on: date, parameters: try before.dibao(region))
            let new = DibaoEvaluator.evaluate(dibaoHousehold, on: date, parameters: try after.dibao(region))
            var tekunOld = Money.zero, tekunNew = Money.zero
            for area in household.tekunAreas {
                tekunOld = tekunOld + TekunAmount(area: area, selfCare: .selfSufficient, parameters: try before.tekun(region)).basic
                tekunNew = tekunNew + TekunAmount(area: area, selfCare: .selfSufficient, parameters: try after.tekun(region)).basic
            }
            // Covered means paid (`isPaid`): as a household, as 单人保 members, or tapering out.
            let (wasCovered, isCovered) = (old.status.isPaid, new.status.isPaid)
            let (dibaoOld, dibaoNew) = (wasCovered ? old.amount.money : .zero, isCovered ? new.amount.money : .zero)

            var totals = byTownship[household.township] ?? .init()
            totals.households += 1
            if wasCovered { totals.coveredBefore += 1 }
            if isCovered { totals.coveredAfter += 1 }
            totals.dibaoBefore = totals.dibaoBefore + dibaoOld
            totals.dibaoAfter = totals.dibaoAfter + dibaoNew
            totals.tekunBefore = totals.tekunBefore + tekunOld
            totals.tekunAfter = totals.tekunAfter + tekunNew
            let kind: SimulationResult.Change?
            switch (wasCovered, isCovered) {
            case (false, true): kind = .joins; totals.joins += 1
            case (true, false): kind = .leaves; totals.leaves += 1
            case (true, true) where dibaoOld != dibaoNew: kind = .amount; totals.amountChanged += 1
            default: kind = tekunOld != tekunNew ? .tekun : nil
            }
            byTownship[household.township] = totals
            if let kind {
                rows.append(.init(household: household, change: kind, before: old.status, after: new.status, dibaoBefore: dibaoOld,
                                  dibaoAfter: dibaoNew, tekunBefore: tekunOld, tekunAfter: tekunNew))
            }
        }
        let townships = byTownship.sorted { $0.key < $1.key }.map { (township: $0.key, totals: $0.value) }
        let total = townships.map(\.totals).reduce(SimulationResult.Totals(), +)
        return SimulationResult(change: change, rows: rows, townships: townships, total: total)
    }

    /// Parameters resolved once per region code: a county's households share a handful.
    struct ParameterCache {
        let book: PolicyBook
        let date: CivilDate
        var dibaoByRegion: [String: DibaoParameters] = [:]
        var tekunByRegion: [String: TekunParameters] = [:]

        mutating func dibao(_ region: RegionCode) throws(PolicyError) -> DibaoParameters {
            if let cached = dibaoByRegion[region.value] { return cached }
            let parameters = try DibaoParameters(book: book, region: region, on: date)
            dibaoByRegion[region.value] = parameters
            return parameters
        }

        mutating func tekun(_ region: RegionCode) throws(PolicyError) -> TekunParameters {
            if let cached = tekunByRegion[region.value] { return cached }
            let parameters = try TekunParameters(book: book, region: region, on: date)
            tekunByRegion[region.value] = parameters
            return parameters
        }
    }
}
