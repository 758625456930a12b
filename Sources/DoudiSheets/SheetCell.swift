/// One cell as read from (or written to) a CSV or XLSX sheet.
///
/// Numbers are kept as the literal the file stored, never turned into text:
/// the importer must be able to see that an ID-number column was saved as a
/// number (Excel turns 110105194912310021 into 1.10105194912310E+17, losing
/// the last digits), and report it instead of importing a wrong ID.
public enum SheetCell: Sendable, Hashable {
    case empty
    case text(String)
    /// The number literal as stored, e.g. "1.10105194912310E+17" or "110105194912310000".
    case number(String)
    case bool(Bool)
    /// A numeric cell with a date number format, converted from the Excel serial.
    case date(year: Int, month: Int, day: Int)
    /// An Excel error value such as "#N/A" or "#DIV/0!".
    case error(String)

    /// What a user would see in the cell: text and number literals as they are,
    /// dates as YYYY-MM-DD, booleans as Excel shows them (TRUE/FALSE).
    public var textValue: String {
        switch self {
        case .empty: return ""
        case .text(let value): return value
        case .number(let literal): return literal
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .date(let year, let month, let day): return SheetCell.isoDate(year: year, month: month, day: day)
        case .error(let code): return code
        }
    }

    public var isEmpty: Bool {
        if case .empty = self { return true }
        return false
    }

    /// Builds `.text`, or `.empty` for "", so both readers agree that an empty
    /// field and a missing cell are the same thing.
    static func textOrEmpty(_ value: String) -> SheetCell {
        value.isEmpty ? .empty : .text(value)
    }

    static func isoDate(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(abs(value))
            let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
            return value < 0 ? "-" + padded : padded
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
