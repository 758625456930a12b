/// Decides whether a cell's number format shows a date, so numeric cells can
/// become `SheetCell.date` instead of a bare serial like 45292.
enum XLSXNumberFormat {
    /// Built-in ids that show a date (possibly with a time): 14–17 and 22 in every
    /// locale, plus the East Asian ids that Chinese Excel/WPS use for 年/月/日 formats.
    /// Time-only built-ins (18–21, 32–35, 45–47, 55–56) are deliberately not here:
    /// their date part is meaningless (1899-12-30), so they stay `.number`.
    static let builtInDateIDs: Set<Int> = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]

    static func isDate(id: Int, customCode: String?) -> Bool {
        if let customCode { return isDate(code: customCode) }
        return builtInDateIDs.contains(id)
    }

    /// True when the format code has a date token (y, d, or an m that means month)
    /// outside quoted text, [brackets] (colours, locales, elapsed time), escapes
    /// and padding. An m next to h or s means minutes ("h:mm", "mm:ss").
    static func isDate(code: String) -> Bool {
        var runs: [Character] = []
        let chars = Array(code.lowercased())
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\"":
                i += 1
                while i < chars.count && chars[i] != "\"" { i += 1 }
            case "[":
                while i < chars.count && chars[i] != "]" { i += 1 }
            case "\\", "_", "*":
                i += 1
            case "e" where i + 1 < chars.count && (chars[i + 1] == "+" || chars[i + 1] == "-"):
                i += 1 // scientific notation, not a date token
            default:
                if hasPrefix(chars, i, "general") {
                    i += 6
                } else if hasPrefix(chars, i, "am/pm") {
                    i += 4
                } else if hasPrefix(chars, i, "a/p") {
                    i += 2
                } else if "ymdhs".contains(c), !(i > 0 && chars[i - 1] == c) {
                    runs.append(c)
                }
            }
            i += 1
        }
        for (index, token) in runs.enumerated() {
            switch token {
            case "y", "d":
                return true
            case "m":
                let afterHour = index > 0 && runs[index - 1] == "h"
                let beforeSecond = index + 1 < runs.count && runs[index + 1] == "s"
                if !afterHour && !beforeSecond { return true }
            default:
                continue
            }
        }
        return false
    }

    private static func hasPrefix(_ chars: [Character], _ start: Int, _ word: String) -> Bool {
        let word = Array(word)
        guard start + word.count <= chars.count else { return false }
        return Array(chars[start..<(start + word.count)]) == word
    }
}
