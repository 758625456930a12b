@testable import App
import Crypto
import Testing

@Suite("Source keys")
struct SourceKeysTests {
    @Test("a source's key is its HMAC-SHA256 under the audit key, the same on every call: stored findings keep their keys")
    func sameAsHMAC() {
        let secret = SymmetricKey(data: Array("a fixed test key, thirty-two by".utf8))
        let keys = SourceKeys(secret: secret)
        let sources = [FindingBuilder.source(["registry", "HH-REVIEW", "0b6c1a52-8f1e-4a3e-9d1c-3c1f2a4b5d6e"]), FindingBuilder.source(["民政", "370321001001"])]
        for source in sources {
            let expected = Hex.lowercase(HMAC<SHA256>.authenticationCode(for: source.bytes, using: secret))
            // MUT
            let first = keys.key(for: source), second = keys.key(for: source)
            // validate
            #expect(first == expected)
            #expect(second == expected)
        }
        #expect(keys.key(for: sources[0]) != keys.key(for: sources[1]))
        #expect(SourceKeys(secret: SymmetricKey(data: Array("another key".utf8))).key(for: sources[0]) != keys.key(for: sources[0]))
    }
}
