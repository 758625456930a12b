import Foundation
import SQLKit

/// Row properties to column names (`idNumber` → `id_number`), each converted once. SQLKit's
/// `.convertFromSnakeCase` converts the key again for every field of every row: 60 % of a
/// county-wide read (the standard simulation) in a debug build, most of it case checks.
final class ColumnNames: @unchecked Sendable {
    static let shared = ColumnNames()
    static let strategy = SQLRowDecoder.KeyDecodingStrategy.custom { path in
        ColumnKey(stringValue: shared.column(for: path.last?.stringValue ?? ""))
    }

    private var names: [String: String] = [:]
    private let lock = NSLock()

    func column(for key: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let name = names[key] { return name }
        let name = Self.snakeCase(key)
        names[key] = name
        return name
    }

    /// `householdNo` → `household_no`: a capital starts a word. A run of capitals is one
    /// word (`headPersonID` → `head_person_id`), as Foundation converts it; SQLKit's own
    /// conversion would split it letter by letter. No row property has such a run or a digit
    /// today, so for every row both give the same columns (`ColumnNamesTests` checks them).
    static func snakeCase(_ key: String) -> String {
        let characters = Array(key)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) { out.append("_") }
            }
            out += character.lowercased()
        }
        return out
    }

    struct ColumnKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
