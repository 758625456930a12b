import DoudiDomain
import Testing

@Suite("Substring search by bytes")
struct IncludesTests {
    @Test("finds a word anywhere, agrees with the standard library's search", arguments: [
        ("电动自行车（残疾人专用）", "残疾", true), ("小型轿车", "残疾", false), ("渐退期满停保", "渐退", true),
        ("渐", "渐退", false), ("", "渐退", false), ("abc", "", true), ("aab", "ab", true), ("abab", "abb", false),
        ("夫妻小店", "小店", true), ("小", "小店", false),
    ])
    func includes(text: String, needle: String, expected: Bool) {
        #expect(text.includes(needle) == expected)
        #expect(text[...].includes(needle) == expected)
        // The standard library's own search (no Foundation) agrees.
        #expect(Array(text.utf8).contains(Array(needle.utf8)) == expected)
    }
}
