import Foundation

/// Makes sheet names Excel accepts; an invalid name makes Excel "repair" the file.
/// Rules: 1–31 characters, none of : \ / ? * [ ] or control characters, no
/// apostrophe at either end, not "History", unique ignoring case.
enum XLSXSheetName {
    static let maxLength = 31

    static func sanitized(_ name: String, index: Int, existing: [String]) -> String {
        var cleaned = String(String.UnicodeScalarView(name.unicodeScalars.map { scalar in
            ":\\/?*[]".unicodeScalars.contains(scalar) || scalar.value < 0x20 ? "_" : scalar
        }))
        if cleaned.hasPrefix("'") { cleaned = "_" + cleaned.dropFirst() }
        if cleaned.hasSuffix("'") { cleaned = cleaned.dropLast() + "_" }
        cleaned = truncated(cleaned, to: maxLength)
        if cleaned.trimmingCharacters(in: .whitespaces).isEmpty { cleaned = "Sheet\(index + 1)" }
        if cleaned.lowercased() == "history" { cleaned += "_" }

        var candidate = cleaned
        var counter = 2
        let taken = Set(existing.map { $0.lowercased() })
        while taken.contains(candidate.lowercased()) {
            let suffix = "(\(counter))"
            candidate = truncated(cleaned, to: maxLength - suffix.count) + suffix
            counter += 1
        }
        return candidate
    }

    /// Excel counts UTF-16 units; cut on a Character boundary so no emoji is split.
    private static func truncated(_ text: String, to limit: Int) -> String {
        var result = ""
        for character in text {
            if result.utf16.count + character.utf16.count > limit { break }
            result.append(character)
        }
        return result
    }
}
