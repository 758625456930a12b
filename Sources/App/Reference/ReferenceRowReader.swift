import DoudiDomain

/// Reads one reference row through `RowReader` (so every bad cell is reported with the
/// same reasons as a registry import) and keeps each value's normalised text for the
/// validated file.
struct ReferenceRowReader {
    var row: RowReader
    let today: CivilDate
    private(set) var normalised: [String: String] = [:]

    init(_ row: RowReader, today: CivilDate) {
        self.row = row
        self.today = today
    }

    /// A valid ID number's packed key; invalid numbers are refused (a key that matches no
    /// one would hide the row, not check it).
    mutating func person(_ key: String) -> UInt64? {
        guard let recorded = row.idNumber(key, today: today, legacy: false), let packed = recorded.packedKey else { return nil }
        normalised[key] = recorded.value
        return packed
    }

    mutating func date(_ key: String, required: Bool = false) -> CivilDate? {
        let value = row.date(key, required: required)
        if let value { normalised[key] = value.iso }
        return value
    }

    mutating func money(_ key: String, required: Bool = false) -> Money? {
        let value = row.nonNegativeMoney(key, required: required)
        if let value { normalised[key] = value.yuanText }
        return value
    }

    /// A decimal quantity (floor area) in hundredths.
    mutating func hundredths(_ key: String) -> Int64? {
        let value = row.hundredths(key)
        if let value { normalised[key] = Money(fen: value).yuanText }
        return value
    }

    /// A code and its number for the engine's code column (`RegistryCode.position`).
    mutating func code<C: RegistryCode>(_ key: String, _ type: C.Type, required: Bool = false) -> (C, UInt16)? {
        guard let value = row.code(key, type, required: required) else { return nil }
        normalised[key] = value.rawValue
        return (value, UInt16(value.position))
    }

    mutating func region(_ key: String) -> RegionCode? {
        let value = row.regionCode(key)
        if let value { normalised[key] = value.value }
        return value
    }

    mutating func text(_ key: String, required: Bool = false) -> String? {
        let value = required ? row.required(key) : row.text(key)
        if let value { normalised[key] = value }
        return value
    }

    func cells(_ columns: [ImportColumn]) -> [String] {
        columns.map { normalised[$0.key] ?? "" }
    }
}
