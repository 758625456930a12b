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
