import Foundation
import Synchronization

/// A closed vocabulary recorded in the registry (program, disability category, …).
///
/// The raw value is the stable English code stored in the database and the API;
/// the Chinese label users see and type comes from the localization table under
/// `"<namespace>.<rawValue>"`, so one table serves both display and import parsing.
public protocol RegistryCode: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {
    static var labelNamespace: String { get }
    /// Other spellings clerks commonly type for a case (e.g. "1" for 一级).
    static var importAliases: [String: Self] { get }
}

extension RegistryCode {
    public static var importAliases: [String: Self] { [:] }

    public var labelKey: String { "\(Self.labelNamespace).\(rawValue)" }

    public func label(_ locale: AppLocale = .default) -> String {
        Localizer.bundled.text(labelKey, locale: locale)
    }

    /// Parses what a user typed: the Chinese label, the English label, the stored
    /// code or a documented alias. Whitespace around the value is ignored.
    public static func parse(_ text: some StringProtocol) -> Self? {
        let key = text.trimmed
        guard !key.isEmpty else { return nil }
        return RegistryCodeIndex.lookup(Self.self, key)
    }
}

/// Reverse index label → case, built once per vocabulary.
enum RegistryCodeIndex {
    private static let cache = Mutex<[String: [String: String]]>([:])

    static func lookup<C: RegistryCode>(_ type: C.Type, _ text: String) -> C? {
        if let alias = C.importAliases[text] { return alias }
        let index = cache.withLock { cache in
            if let built = cache[C.labelNamespace] { return built }
            var built: [String: String] = [:]
            for code in C.allCases {
                built[code.rawValue] = code.rawValue
                for locale in AppLocale.allCases {
                    built[code.label(locale)] = code.rawValue
                }
            }
            cache[C.labelNamespace] = built
            return built
        }
        return index[text].flatMap(C.init(rawValue:))
    }
}
