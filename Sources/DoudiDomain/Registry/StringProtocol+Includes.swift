/// Substring search by UTF-8 bytes. With Foundation imported, `String.contains(_:)` resolves
/// to Foundation's locale-aware search (`CFStringFind`), which a province's cross-check paid
/// for each asset description and exit reason. Registry text is compared literally (the
/// labels the rules look for are CJK words, which have no other normal form), so bytes suffice.
extension StringProtocol {
    public func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            if let found = utf8.withContiguousStorageIfAvailable({ Self.search($0, pattern, first) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.search($0, pattern, first) }
        }
    }

    private static func search(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>, _ first: UInt8) -> Bool {
        guard text.count >= pattern.count else { return false }
        var start = 0
        while start <= text.count - pattern.count {
            if text[start] == first {
                var matched = 1
                while matched < pattern.count, text[start + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}
