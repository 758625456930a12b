import DoudiDomain
import Testing

@Suite("Substring search by bytes")
struct IncludesTests {
    @Test("finds a word anywhere, agrees with the standard library's search", arguments: [
        ("电动自行车（残疾人专用）", "残疾", true), ("小型轿车", "残疾", false), ("渐退期满停保", "渐退", true),
        ("渐", "渐退", false), ("", "渐退", false), ("abc", "", true), ("aab", "ab", true), ("abab", "abb", false),
        ("夫妻小店", "小店", true), ("小", "小店", false),
        // 老 written as its compatibility ideograph U+F934 is still 养老金, as Foundation's search had it.
        ("基本养\u{F934}金", "养老金", true), ("\u{F934}", "小店", false),
    ])
    func includes(text: String, needle: String, expected: Bool) {
        #expect(text.includes(needle) == expected)
        #expect(text[...].includes(needle) == expected)
        // Character by character (canonical equivalence, no Foundation) agrees.
        #expect((needle.isEmpty || Array(text).contains(Array(needle))) == expected)
    }
}
