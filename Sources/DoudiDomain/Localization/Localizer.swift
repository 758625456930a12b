import Foundation
import Synchronization

/// Every user-facing string goes through this table, so wording is reviewed in one
/// place and an English rendering always exists beside the Chinese one.
///
/// Keys are flat dotted names (`import.error.id.checksum`); values may contain
/// `{name}` placeholders, filled from the arguments by name.
public struct Localizer: Sendable {
    public let tables: [AppLocale: [String: String]]

    public init(tables: [AppLocale: [String: String]]) {
        self.tables = tables
    }

    /// The tables shipped in this module's resources.
    public static let bundled: Localizer = {
        var tables: [AppLocale: [String: String]] = [:]
        for locale in AppLocale.allCases {
            guard let url = Bundle.module.url(forResource: locale.rawValue, withExtension: "json", subdirectory: "Localization"),
                  let data = try? Data(contentsOf: url),
                  let table = try? JSONDecoder().decode([String: String].self, from: data)
            else {
                // A missing table is a packaging bug, not a runtime condition.
                preconditionFailure("localization table \(locale.rawValue).json is missing or malformed")
            }
            tables[locale] = table
        }
        return Localizer(tables: tables)
    }()

    /// The text for `key`; a missing key renders as the key itself so it is visible
    /// in review instead of silently empty (a test asserts no key is missing).
    public func text(_ key: String, _ arguments: [String: String] = [:], locale: AppLocale = .current) -> String {
        let template = tables[locale]?[key] ?? tables[.zhHans]?[key] ?? key
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = template
        for (name, value) in arguments {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    public func hasKey(_ key: String, locale: AppLocale) -> Bool {
        tables[locale]?[key] != nil
    }
}

/// Shorthand used throughout the app: the text in the current locale (`AppLocale.current`).
public func L(_ key: String, _ arguments: [String: String] = [:], locale: AppLocale = .current) -> String {
    Localizer.bundled.text(key, arguments, locale: locale)
}

/// The text for `key` when the table has it, else `fallback`: for keys built from stored
/// names (an action, a parameter key) that may have no label yet.
public func L(_ key: String, orElse fallback: String, locale: AppLocale = .current) -> String {
    Localizer.bundled.hasKey(key, locale: .zhHans) ? L(key, locale: locale) : fallback
}
