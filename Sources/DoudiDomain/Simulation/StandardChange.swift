/// "Raise region R's standard to X from date D": a change a simulation lays over the
/// policy, never written to the policy files.
///
/// Source: policy reference §2 (standards are set by cities and counties and move every
/// year; the bureau asks who gains and what it costs before it decides) and §1.11 (特困's
/// basic living standard is a multiple of the 低保 standard, so it moves with it).
public struct StandardChange: Sendable, Hashable {
    public let region: RegionCode
    public let urban: Money?
    public let rural: Money?
    public let from: CivilDate

    /// The most a simulated standard may be, per person per month: far above any real
    /// standard, and low enough that no county's sums can overflow.
    public static let ceiling = Money(fen: 100_000 * 100)

    /// Nil unless at least one standard is given and every given one is above zero and at
    /// most `ceiling`.
    public init?(region: RegionCode, urban: Money?, rural: Money?, from: CivilDate) {
        guard urban != nil || rural != nil else { return nil }
        for value in [urban, rural].compactMap({ $0 }) where value <= .zero || Self.ceiling < value { return nil }
        self.region = region
        self.urban = urban
        self.rural = rural
        self.from = from
    }

    /// `book` with the new standards in force in the region from the date: the region's
    /// own earlier values stay, later scheduled ones give way to the simulated value.
    public func applied(to book: PolicyBook) -> PolicyBook {
        var parameters: [String: [DatedValue]] = [:]
        let location = PolicyLocation(file: L("simulation.source.file"), line: 0)
        for (key, value) in [("dibao.standard.urban", urban), ("dibao.standard.rural", rural)] {
            guard let value else { continue }
            let kept = (book.regions[region.value]?.parameters[key] ?? []).filter { $0.from < from }
            let simulated = DatedValue(from: from, value: .money(value), source: L("simulation.source", ["date": from.iso]), location: location)
            parameters[key] = kept + [simulated]
        }
        let name = book.regions[region.value]?.name ?? region.value
        return book.overlaid(with: RegionPolicy(region: region, name: name, parameters: parameters, location: location))
    }
}
