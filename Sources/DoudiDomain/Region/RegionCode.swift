/// A 12-digit statistical division code (统计用区划代码): province (2) + prefecture (2) + county (2)
/// + township (3) + village (3) digits. Higher-level units are padded with zeros, e.g. 东城区 is
/// 110101000000 and its 街道 001 is 110101001000.
///
/// Valid codes are "closed downward": a part may be non-zero only if the province and prefecture
/// parts are, and a village part only under a non-zero township part. The county part alone may be
/// zero under a township, because prefecture-level cities without counties (东莞 441900, 中山 442000,
/// 儋州 460400, 嘉峪关 620200) number their townships directly.
///
/// Source: policy reference §3.3 (structure, example 110101001001) and §3.2 (直筒子市 have no county level).
public struct RegionCode: Hashable, Comparable, Sendable {
    /// The 12 ASCII digits.
    public let value: String

    /// Exactly 12 ASCII digits with a consistent level structure, or nil.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8.prefix(13))
        guard bytes.count == 12, Self.isConsistent(bytes) else { return nil }
        value = String(decoding: bytes, as: UTF8.self)
    }

    /// Significant digits only (2, 4, 6, 9 or 12 of them), zero-padded to 12: "370321" → 370321000000.
    public init?(prefix: some StringProtocol) {
        let bytes = Array(prefix.utf8.prefix(13))
        guard RegionLevel(digitCount: bytes.count) != nil else { return nil }
        self.init(String(decoding: bytes + Array(repeating: UInt8(ascii: "0"), count: 12 - bytes.count), as: UTF8.self))
    }

    /// For parsers that have already checked the bytes with `isConsistent`.
    init(checkedBytes bytes: some Collection<UInt8>) {
        value = String(decoding: bytes, as: UTF8.self)
    }

    private init(checkedString: String) {
        value = checkedString
    }

    /// 12 ASCII digits, non-zero province, and no non-zero part under a zero part (the county part
    /// excepted, see the type comment).
    static func isConsistent(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == 12 else { return false }
        var index = 0
        var province = false, prefecture = false, township = false, village = false
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return false }
            if byte != 0x30 {
                switch index {
                case 0...1: province = true
                case 2...3: prefecture = true
                case 4...5: break
                case 6...8: township = true
                default: village = true
                }
            }
            index += 1
        }
        let county = bytes.dropFirst(4).prefix(2).contains { $0 != 0x30 }
        guard province else { return false }
        if (county || township) && !prefecture { return false }
        if village && !township { return false }
        return true
    }

    private func part(_ range: Range<Int>) -> Int {
        var result = 0
        for byte in value.utf8.dropFirst(range.lowerBound).prefix(range.count) {
            result = result * 10 + Int(byte - 0x30)
        }
        return result
    }

    /// The finest level with a non-zero part.
    public var level: RegionLevel {
        if part(9..<12) != 0 { return .village }
        if part(6..<9) != 0 { return .township }
        if part(4..<6) != 0 { return .county }
        if part(2..<4) != 0 { return .prefecture }
        return .province
    }

    /// The significant digits for the level (2, 4, 6, 9 or 12): "370321" for 370321000000.
    public var prefix: String { String(value.prefix(level.digitCount)) }

    /// `value` as a number, for compact storage and ordering.
    public var numericValue: UInt64 { UInt64(part(0..<12)) }

    /// The code one level up with a non-zero part: a township of 东莞 (441900003000) has the
    /// prefecture 441900000000 as parent. Nil for a province.
    public var parent: RegionCode? {
        let level = level
        guard level != .province else { return nil }
        return keeping(RegionLevel(rawValue: level.rawValue - 1)!.digitCount)
    }

    /// The code with only its first `digits` digits, the rest zero: consistent whenever the
    /// part that ends at `digits` is non-zero or lies above one (codes are closed downward).
    /// Built in place: twelve bytes are a small string, so no allocation (every household's
    /// township is read once per run).
    private func keeping(_ digits: Int) -> RegionCode {
        RegionCode(checkedString: String(unsafeUninitializedCapacity: 12) { buffer in
            var index = 0
            for byte in value.utf8.prefix(digits) {
                buffer[index] = byte
                index += 1
            }
            while index < 12 {
                buffer[index] = UInt8(ascii: "0")
                index += 1
            }
            return 12
        })
    }

    /// All ancestors, province first.
    public var ancestors: [RegionCode] {
        var result: [RegionCode] = []
        var current = parent
        while let code = current {
            result.insert(code, at: 0)
            current = code.parent
        }
        return result
    }

    /// Whether `other` is `self` or lies inside it.
    public func contains(_ other: RegionCode) -> Bool { other.value.hasPrefix(prefix) }

    /// Inclusive 12-digit bounds of every code inside `self`, for SQL `BETWEEN` filters:
    /// 370321 → ("370321000000", "370321999999").
    public var scopeBounds: (lower: String, upper: String) {
        let prefix = prefix
        let rest = 12 - prefix.utf8.count
        return (prefix + String(repeating: "0", count: rest), prefix + String(repeating: "9", count: rest))
    }

    /// The county-level code containing `self` (itself for a county), or nil above county level
    /// or where the county part is zero (townships of cities without counties).
    public var county: RegionCode? {
        guard level >= .county, part(4..<6) != 0 else { return nil }
        return keeping(6)
    }

    /// The township-level code containing `self` (itself for a township), or nil above township level.
    public var township: RegionCode? {
        guard level >= .township else { return nil }
        return keeping(9)
    }

    /// The kind of the township (digits 7–9) for township and village codes.
    public var townshipKind: TownshipKind? {
        level >= .township ? TownshipKind(townshipNumber: part(6..<9)) : nil
    }

    /// The kind of the village (digits 10–12) for village codes.
    public var villageKind: VillageKind? {
        level == .village ? VillageKind(villageNumber: part(9..<12)) : nil
    }

    public static func < (lhs: RegionCode, rhs: RegionCode) -> Bool { lhs.value < rhs.value }
}

extension RegionCode: CustomStringConvertible {
    public var description: String { value }
}

extension RegionCode: Codable {
    /// Encoded as the 12-digit string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = RegionCode(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a 12-digit region code: \(text)")
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
