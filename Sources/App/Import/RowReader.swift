import DoudiDomain
import DoudiSheets

/// Reads typed values out of one row, collecting an issue for every bad cell so a
/// single pass reports all of a row's problems rather than only the first.
struct RowReader {
    let line: Int
    let cells: [SheetCell]
    let map: ColumnMap
    private(set) var issues: [ImportIssue] = []

    init(line: Int, cells: [SheetCell], map: ColumnMap) {
        self.line = line
        self.cells = cells
        self.map = map
    }

    /// Whether any error (not a warning) was recorded for this row.
    var hasErrors: Bool { issues.hasErrors }

    /// A fingerprint of every cell, to tell an exact duplicate row from a conflicting one.
    var fingerprint: Int {
        // Hashes the bytes: hashing a `String` normalises non-ASCII text first, which is
        // slow and unnecessary for telling identical rows apart.
        var hasher = Hasher()
        for cell in cells {
            var text = cell.textValue.trimmed
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(0xFF as UInt8)  // no UTF-8 byte: separates cells
        }
        return hasher.finalize()
    }

    func cell(_ key: String) -> SheetCell {
        guard let position = map.index[key], position < cells.count else { return .empty }
        return cells[position]
    }

    /// Trimmed text, nil when empty.
    func text(_ key: String) -> String? {
        let value = cell(key).textValue.trimmed
        return value.isEmpty ? nil : value
    }

    mutating func fail(_ key: String?, _ value: String, _ reasonKey: String, _ arguments: [String: String] = [:],
                       severity: ImportIssue.Severity = .error) {
        issues.append(ImportIssue(line: line, column: key, value: value, reasonKey: reasonKey, arguments: arguments, severity: severity))
    }

    mutating func required(_ key: String) -> String? {
        guard let value = text(key) else {
            fail(key, "", "import.error.required")
            return nil
        }
        return value
    }

    mutating func code<C: RegistryCode>(_ key: String, _ type: C.Type, required: Bool = false) -> C? {
        guard let value = required ? self.required(key) : text(key) else { return nil }
        guard let parsed = C.parse(value) else {
            let choices = C.allCases.map { $0.label() }.joined(separator: "、")
            fail(key, value, "import.error.value.invalid", ["value": value, "choices": choices])
            return nil
        }
        return parsed
    }

    /// Several codes in one cell, separated by ；;、, or ,.
    mutating func codes<C: RegistryCode>(_ key: String, _ type: C.Type) -> Set<C> {
        guard let value = text(key) else { return [] }
        var result: Set<C> = []
        for part in value.split(whereSeparator: { "；;、,，".contains($0) }) {
            let item = part.trimmed
            guard !item.isEmpty else { continue }
            if let parsed = C.parse(item) {
                result.insert(parsed)
            } else {
                let choices = C.allCases.map { $0.label() }.joined(separator: "、")
                fail(key, item, "import.error.value.invalid", ["value": item, "choices": choices])
            }
        }
        return result
    }

    mutating func date(_ key: String, required: Bool = false) -> CivilDate? {
        if case let .date(year, month, day) = cell(key) {
            // Excel's fictitious 1900-02-29 (serial 60) and similar cells are not real dates.
            guard let date = CivilDate(year: year, month: month, day: day) else {
                fail(key, cell(key).textValue, "import.error.date.invalid")
                return nil
            }
            return date
        }
        guard let value = required ? self.required(key) : text(key) else { return nil }
        guard let date = CivilDate(iso: value) else {
            fail(key, value, "import.error.date.invalid")
            return nil
        }
        return date
    }

    mutating func month(_ key: String, required: Bool = false) -> MonthPeriod? {
        if case let .date(year, month, _) = cell(key) {
            guard let period = MonthPeriod(year: year, month: month) else {
                fail(key, cell(key).textValue, "import.error.month.invalid")
                return nil
            }
            return period
        }
        guard let value = required ? self.required(key) : text(key) else { return nil }
        guard let month = MonthPeriod(iso: value) else {
            fail(key, value, "import.error.month.invalid")
            return nil
        }
        return month
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = text(key) else { return nil }
        switch value {
        case "是", "Y", "y", "yes", "true", "1": return true
        case "否", "N", "n", "no", "false", "0": return false
        default:
            fail(key, value, "import.error.boolean.invalid")
            return nil
        }
    }

    /// A count of things (persons, households): a whole number, not negative.
    mutating func count(_ key: String) -> Int? {
        guard let value = text(key) else { return nil }
        guard value.utf8.count <= 9, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let count = Int(value) else {
            fail(key, value, "import.error.count.invalid", ["value": value])
            return nil
        }
        return count
    }

    mutating func money(_ key: String, required: Bool = false) -> Money? {
        guard let value = required ? self.required(key) : text(key) else { return nil }
        guard let money = Money(yuanText: value) else {
            fail(key, value, "import.error.money.invalid")
            return nil
        }
        return money
    }

    /// An ID number cell. A numeric Excel cell has already lost digits (1.10105E+17),
    /// so it gets its own reason; in legacy mode an invalid number is kept and flagged.
    mutating func idNumber(_ key: String, today: CivilDate, legacy: Bool) -> RecordedIDNumber? {
        if case let .number(literal) = cell(key) {
            fail(key, literal, "import.error.id.numeric_cell")
            return nil
        }
        guard let value = required(key) else { return nil }
        let recorded = RecordedIDNumber(validating: value, today: today)
        if recorded.isValid {
            if recorded.unverifiedRegion {
                fail(key, value, "import.warning.id.unverified_region", severity: .warning)
            }
            return recorded
        }
        let reasonKey = "import.error.id.\(recorded.status.rawValue)"
        if legacy, recorded.status != .empty {
            fail(key, value, "import.warning.id.flagged", ["reason": L(reasonKey)], severity: .warning)
            return recorded
        }
        fail(key, value, reasonKey)
        return nil
    }
}
