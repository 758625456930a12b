import Foundation

/// An in-memory catalogue of statistical divisions (统计用区划代码), down to villages: looks up a
/// code, lists the units directly under one, and walks up to the province.
///
/// Loaded from CSV with header `code,name,urban_rural,valid_from,valid_to`; `urban_rural` (城乡分类代码)
/// and the dates may be empty. Rows may come in any order; each code may appear once.
///
/// Source: policy reference §3.3 (12-digit codes, ~713,000 rows nationally, 城乡分类代码).
public struct RegionCatalog: Sendable {
    /// Sorted by code.
    private let regions: [Region]
    /// `regions[i].code.numericValue`, for binary search.
    private let keys: [UInt64]
    /// Indexes into `regions`, grouped by parent code and, within a parent, in code order.
    private let childOrder: [Int32]
    /// The parent key of each entry of `childOrder` (non-decreasing).
    private let childParentKeys: [UInt64]

    /// Parses a catalogue; errors name the 1-based line and the reason. A 700,000-row file loads in
    /// about 0.2 s in a release build on the 2-core development machine (0.45 s when unsorted).
    public init(csv: Data) throws(RegionCatalogError) {
        let parsed: Result<(regions: [Region], lines: [Int]), RegionCatalogError> = csv.withUnsafeBytes { raw in
            var parser = RegionCSVParser(bytes: raw.bindMemory(to: UInt8.self))
            do throws(RegionCatalogError) { return .success(try parser.parse()) } catch { return .failure(error) }
        }
        let (regions, lines) = try parsed.get()
        try self.init(regions: regions, lines: lines)
    }

    /// A catalogue of the given regions; a repeated code throws `duplicateCode` with its 1-based position.
    public init(regions: [Region]) throws(RegionCatalogError) {
        try self.init(regions: regions, lines: Array(1..<(regions.count + 1)))
    }

    private init(regions unsorted: [Region], lines: [Int]) throws(RegionCatalogError) {
        var keys = unsorted.map(\.code.numericValue)
        var regions = unsorted
        var lines = lines
        if !zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) {
            let order = keys.indices.sorted { (keys[$0], lines[$0]) < (keys[$1], lines[$1]) }
            regions = order.map { unsorted[$0] }
            lines = order.map { lines[$0] }
            keys = order.map { keys[$0] }
        }
        for index in keys.indices.dropFirst() where keys[index] == keys[index - 1] {
            throw RegionCatalogError(line: max(lines[index], lines[index - 1]), reason: .duplicateCode)
        }
        let parentKeys = keys.map(Self.parentKey)
        let childOrder = (0..<Int32(keys.count)).sorted {
            (parentKeys[Int($0)], $0) < (parentKeys[Int($1)], $1)
        }
        self.regions = regions
        self.keys = keys
        self.childOrder = childOrder
        self.childParentKeys = childOrder.map { parentKeys[Int($0)] }
    }

    /// The numeric parent code, as `RegionCode.parent` computes it; `UInt64.max` for a province.
    static func parentKey(_ key: UInt64) -> UInt64 {
        let village = key % 1000
        if village != 0 { return key - village }
        let township = key / 1000 % 1000
        if township != 0 { return key - township * 1000 }
        let county = key / 1_000_000 % 100
        if county != 0 { return key - county * 1_000_000 }
        let prefecture = key / 100_000_000 % 100
        if prefecture != 0 { return key - prefecture * 100_000_000 }
        return UInt64.max
    }

    public var count: Int { regions.count }

    /// Every region in code order.
    public var allRegions: [Region] { regions }

    public func region(_ code: RegionCode) -> Region? {
        let key = code.numericValue
        let index = Self.lowerBound(of: key, in: keys)
        return index < keys.count && keys[index] == key ? regions[index] : nil
    }

    /// The regions whose parent (`RegionCode.parent`) is `code`, in code order.
    public func children(of code: RegionCode) -> [Region] {
        let key = code.numericValue
        let start = Self.lowerBound(of: key, in: childParentKeys)
        let end = key == UInt64.max ? childParentKeys.count : Self.lowerBound(of: key + 1, in: childParentKeys)
        return childOrder[start..<end].map { regions[Int($0)] }
    }

    /// The catalogued ancestors of `code`, province first (a breadcrumb); ancestors missing from the
    /// catalogue are left out.
    public func ancestors(of code: RegionCode) -> [Region] {
        code.ancestors.compactMap { region($0) }
    }

    /// Every catalogued region inside `code` (including itself), in code order.
    public func descendants(of code: RegionCode, includingSelf: Bool = true) -> [Region] {
        let (lower, upper) = code.scopeBounds
        guard let low = UInt64(lower), let high = UInt64(upper) else { return [] }
        let start = Self.lowerBound(of: low, in: keys)
        let end = Self.lowerBound(of: high + 1, in: keys)
        return regions[start..<end].filter { includingSelf || $0.code != code }
    }

    /// First index whose key is ≥ `key`.
    private static func lowerBound(of key: UInt64, in sorted: [UInt64]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
