import DoudiDomain
import Foundation
import Testing

/// Every key the sources name literally (`L("…")`) exists in both locales, so no page
/// or message ever shows a raw key.
@Suite("Localization coverage")
struct LocalizationCoverageTests {
    @Test("every literal L(\"key\") and UserFacingError key in Sources has Chinese and English text")
    func literalKeys() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        // `L("key"` and `UserFacingError(.status, "key"` both name keys.
        let pattern = try NSRegularExpression(pattern: #"(?:\bL\(|UserFacingError\(\.[a-zA-Z]+, )"([a-z0-9_.]+)""#)
        var keys = Set<String>()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                keys.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        #expect(keys.count > 200)
        for locale in AppLocale.allCases {
            let missing = keys.filter { !Localizer.bundled.hasKey($0, locale: locale) }.sorted()
            #expect(missing.isEmpty, "\(locale.rawValue) lacks \(missing)")
        }
    }
}
