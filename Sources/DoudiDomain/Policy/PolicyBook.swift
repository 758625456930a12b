/// Every region's parameters, national first. A region inherits from the nearest region
/// above it that has a file (county → city → province → national) and overrides it key by
/// key, from each value's own date on: before a county's first standard, its city's applies.
///
/// Source: policy reference §2 (the province or the prefecture-level city sets the
/// standard, 649号 art 10) and §5 item 1 (parameters keyed by region and effective date).
public struct PolicyBook: Hashable, Sendable {
    public let national: RegionPolicy
    /// Region files by 12-digit code.
    public let regions: [String: RegionPolicy]

    public init(national: RegionPolicy, regions: [RegionPolicy]) {
        self.national = national
        self.regions = Dictionary(uniqueKeysWithValues: regions.compactMap { policy in policy.region.map { ($0.value, policy) } })
    }

    /// This book with `overlay`'s values laid over its region's own file, key by key (a
    /// region without a file gets the overlay as its file). Test cases use it to ask what a
    /// rule does under a value no shipped region has, on an otherwise real region.
    public func overlaid(with overlay: RegionPolicy) -> PolicyBook {
        guard let code = overlay.region else { return self }
        var merged = regions
        if let own = regions[code.value] {
            merged[code.value] = RegionPolicy(region: own.region, name: own.name,
                                              parameters: own.parameters.merging(overlay.parameters) { _, variant in variant },
                                              location: own.location)
        } else {
            merged[code.value] = overlay
        }
        return PolicyBook(national: national, regions: Array(merged.values))
    }

    /// What the values in force for `region` depend on, besides the date: the regions on its
    /// chain that have a policy file of their own. Regions with the same key read the same values.
    public func policyKey(for region: RegionCode) -> String {
        ([region] + region.ancestors.reversed()).filter { regions[$0.value] != nil }.map(\.value).joined(separator: ",")
    }

    /// The files that apply to `region`, nearest first, ending with the national file.
    public func chain(for region: RegionCode) -> [RegionPolicy] {
        ([region] + region.ancestors.reversed()).compactMap { regions[$0.value] } + [national]
    }

    /// The value of `key` in force for `region` on `date`.
    public func value(_ key: String, region: RegionCode, on date: CivilDate) -> ResolvedValue? {
        for policy in chain(for: region) {
            guard let values = policy.parameters[key], let dated = values.last(where: { $0.from <= date }) else { continue }
            return ResolvedValue(key: key, dated: dated, regionName: policy.name, region: policy.region)
        }
        return nil
    }

    /// Every value `key` has had for `region`, oldest first, each with the file that set it;
    /// a value the region's own file overrides from a date is cut off at that date.
    public func history(_ key: String, region: RegionCode) -> [ResolvedValue] {
        changeDates(region: region, keys: [key]).compactMap { value(key, region: region, on: $0) }
            .reduce(into: [ResolvedValue]()) { list, next in if list.last != next { list.append(next) } }
    }

    /// The dates on which any of `keys` (all keys when nil) changes for `region`, ascending.
    public func changeDates(region: RegionCode, keys: [String]? = nil) -> [CivilDate] {
        var dates = Set<CivilDate>()
        for policy in chain(for: region) {
            for (key, values) in policy.parameters where keys?.contains(key) ?? true {
                values.forEach { dates.insert($0.from) }
            }
        }
        return dates.sorted()
    }
}
