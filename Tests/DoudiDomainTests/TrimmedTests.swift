import DoudiDomain
import Testing

@Suite("Trimming")
struct TrimmedTests {
    @Test("removes leading and trailing Unicode whitespace only", arguments: [
        ("abc", "abc"), ("  abc ", "abc"), ("\tA B\r\n", "A B"), ("\u{3000}张三\u{3000}", "张三"), ("   ", ""), ("", ""),
    ])
    func trims(input: String, expected: String) {
        #expect(input.trimmed == expected)
        #expect(input[...].trimmed == expected)
    }
}

@Suite("Trimming fast path")
struct TrimmedFastPathTests {
    /// Every White_Space scalar the byte-level fast path must still see, at either end.
    static let spaces: [Unicode.Scalar] = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}",
                                           "\u{2000}", "\u{2005}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]

    @Test("whitespace of every kind is removed at either end of ASCII and Chinese text", arguments: spaces)
    func everySpace(space: Unicode.Scalar) {
        for core in ["abc", "张三", "桓台县索镇", "x"] {
            #expect("\(space)\(core)".trimmed == core)
            #expect("\(core)\(space)".trimmed == core)
            #expect("\(space)\(core)\(space)"[...].trimmed == core)
        }
    }

    @Test("text whose last character shares a final byte with a space is kept whole", arguments: [
        "一", "丠", "耀", "€", "ŀ", "Ā", "à", "ก", "中\u{00AD}",
    ])
    func lookalikes(text: String) {
        #expect(text.trimmed == text)
        #expect("  \(text)".trimmed == text)
    }
}
