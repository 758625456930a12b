/// Substring search by UTF-8 bytes. With Foundation imported, `String.contains(_:)` resolves
/// to Foundation's locale-aware search (`CFStringFind`), which a province's cross-check paid
/// for each asset description and exit reason.
///
/// The words searched for are CJK unified ideographs, whose only other canonical form is a
/// CJK compatibility ideograph (U+F900–U+FAFF, U+2F800–U+2FA1F: 老 has U+F934). Text holding
/// one is searched by `Character`, which compares canonically as Foundation did; everything
/// else is compared byte for byte.
/// What the byte search found: the word, not the word, or text it cannot judge by bytes.
private enum ByteSearch { case found, absent, compatibilityIdeograph }

extension StringProtocol {
    public func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            let bytes = utf8.withContiguousStorageIfAvailable { Self.search($0, pattern, first) } ?? Array(utf8).withUnsafeBufferPointer {
                Self.search($0, pattern, first)
            }
            switch bytes {
            case .found: return true
            case .absent: return false
            case .compatibilityIdeograph:
                let text = Array(self), word = Array(String(decoding: pattern, as: UTF8.self))
                return text.count >= word.count && (0...(text.count - word.count)).contains { text[$0..<$0 + word.count].elementsEqual(word) }
            }
        }
    }

    fileprivate static func search(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>, _ first: UInt8) -> ByteSearch {
        var start = 0
        while start < text.count {
            let byte = text[start]
            // U+F900–U+FAFF is EF A4 80 … EF AB BF; U+2F800–U+2FA1F is F0 AF A0 80 … F0 AF A8 9F.
            if byte == 0xEF, start + 1 < text.count, (0xA4...0xAB).contains(text[start + 1]) { return .compatibilityIdeograph }
            if byte == 0xF0, start + 2 < text.count, text[start + 1] == 0xAF, (0xA0...0xA8).contains(text[start + 2]) { return .compatibilityIdeograph }
            if byte == first, start + pattern.count <= text.count {
                var matched = 1
                while matched < pattern.count, text[start + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return .found }
            }
            start += 1
        }
        return .absent
    }
}
