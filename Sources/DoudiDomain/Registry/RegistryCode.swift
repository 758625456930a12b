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

    public func label(_ locale: AppLocale = .current) -> String {
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
///
/// A vocabulary has a few dozen spellings, so lookup is a linear scan comparing UTF-8
/// bytes: hashing a Chinese `String` normalises it to NFC first, which made label
/// lookups a visible share of a million-row import. Text that matches no spelling
/// byte for byte gets a second, normalisation-aware comparison (decomposed input).
enum RegistryCodeIndex {
    private struct Spelling: Sendable {
        let text: String
        let rawValue: String
        let bytes: [UInt8]

        init(text: String, rawValue: String) {
            self.text = text
            self.rawValue = rawValue
            bytes = Array(text.utf8)
        }
    }

    private static let cache = Mutex<[ObjectIdentifier: [Spelling]]>([:])

    static func lookup<C: RegistryCode>(_ type: C.Type, _ text: String) -> C? {
        let spellings = cache.withLock { cache in
            if let built = cache[ObjectIdentifier(C.self)] { return built }
            // Aliases first: they decide when an alias is also some other case's spelling.
            var built = C.importAliases.sorted { $0.key < $1.key }.map { Spelling(text: $0.key, rawValue: $0.value.rawValue) }
            for code in C.allCases {
                built.append(Spelling(text: code.rawValue, rawValue: code.rawValue))
                for locale in AppLocale.allCases {
                    built.append(Spelling(text: code.label(locale), rawValue: code.rawValue))
                }
            }
            cache[ObjectIdentifier(C.self)] = built
            return built
        }
        var text = text
        let match = text.withUTF8 { typed in
            spellings.first { spelling in
                spelling.bytes.count == typed.count && spelling.bytes.withUnsafeBufferPointer { $0.elementsEqual(typed) }
            }
        } ?? spellings.first { $0.text == text }
        return match.flatMap { C(rawValue: $0.rawValue) }
    }
}

extension RegistryCode {
    /// The case's position in `allCases`: what a column of small numbers stores for it (the
    /// cross-check's code columns), which is why a vocabulary only ever gains cases at its end.
    public var position: Int { Self.allCases.distance(from: Self.allCases.startIndex, to: Self.allCases.firstIndex(of: self)!) }

    /// The case at `position`, or nil when there is none.
    public init?(position: Int) {
        guard position >= 0, position < Self.allCases.count else { return nil }
        self = Self.allCases[Self.allCases.index(Self.allCases.startIndex, offsetBy: position)]
    }
}
