import Crypto

/// Names a finding's source without revealing it: HMAC-SHA256 of the source's parts under
/// the audit key, in hex (an unsalted hash of an ID number could be reversed by trying every
/// number). The key's setup (two hash blocks) is done once and copied for each finding, not
/// redone for each of a province's findings.
struct SourceKeys: Sendable {
    private let keyed: HMAC<SHA256>

    init(secret: SymmetricKey) {
        keyed = HMAC<SHA256>(key: secret)
    }

    func key(for source: JSONText) -> String {
        var mac = keyed
        mac.update(data: source.bytes)
        return Hex.lowercase(mac.finalize())
    }
}
