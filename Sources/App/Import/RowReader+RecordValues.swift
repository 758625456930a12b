import DoudiDomain
import DoudiSheets

/// Value kinds the record templates need beyond the household template's.
extension RowReader {
    /// Several ID numbers in one cell (保障成员身份证号), each validated exactly as a single
    /// ID cell is, with the same reasons (numeric Excel cell, checksum, …).
    mutating func idNumberList(_ key: String, today: CivilDate) -> [RecordedIDNumber] {
        if case .number = cell(key) { return idNumber(key, today: today, legacy: false).map { [$0] } ?? [] }
        guard let value = text(key) else { return [] }
        var numbers: [RecordedIDNumber] = []
        for part in value.split(whereSeparator: { "；;、,，".contains($0) }) {
            // A one-cell reader per number reuses the single-cell validation and its reasons.
            let (map, _) = ColumnMap.build(header: [key], template: [.required(key)])
            var single = RowReader(line: line, cells: [.text(String(part))], map: map)
            if let number = single.idNumber(key, today: today, legacy: false) { numbers.append(number) }
            for issue in single.issues {
                fail(issue.column, issue.value, issue.reasonKey, issue.arguments, severity: issue.severity)
            }
        }
        return numbers
    }

    /// An ADL item: 能 (can do it unaided) or 不能.
    mutating func ability(_ key: String) -> Bool? {
        guard let value = required(key) else { return nil }
        switch value {
        case "能", "是": return true
        case "不能", "否": return false
        default:
            fail(key, value, "import.error.ability.invalid")
            return nil
        }
    }

    /// An amount in yuan that cannot be negative (benefits, payments, asset values).
    mutating func nonNegativeMoney(_ key: String, required: Bool = false) -> Money? {
        guard let money = money(key, required: required) else { return nil }
        guard !money.isNegative else {
            fail(key, text(key) ?? "", "import.error.value.negative")
            return nil
        }
        return money
    }

    /// A count or area with at most two decimals, in hundredths (86.5 m² → 8650).
    mutating func hundredths(_ key: String) -> Int64? {
        guard let value = text(key) else { return nil }
        // Yuan text has exactly this shape (digits, up to two decimals); its fen are the hundredths.
        guard let amount = Money(yuanText: value) else {
            fail(key, value, "import.error.number.invalid")
            return nil
        }
        guard !amount.isNegative else {
            fail(key, value, "import.error.value.negative")
            return nil
        }
        return amount.fen
    }

    /// A bank account number: digits only once spaces are removed. Like an ID number,
    /// a numeric Excel cell has lost its last digits and is refused with its own reason.
    mutating func accountNumber(_ key: String) -> String? {
        if case let .number(literal) = cell(key) {
            fail(key, literal, "import.error.account.numeric_cell")
            return nil
        }
        guard let value = required(key) else { return nil }
        let digits = value.filter { !$0.isWhitespace }
        guard (8...32).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else {
            fail(key, value, "import.error.account.format")
            return nil
        }
        return digits
    }

    /// A 12-digit region code (format only; whether it exists is a database check).
    mutating func regionCode(_ key: String) -> RegionCode? {
        guard let value = required(key) else { return nil }
        guard let code = RegionCode(value) else {
            fail(key, value, "import.error.region.format")
            return nil
        }
        return code
    }
}
