import Vapor

/// The tamper-evident chain, as pure functions. Each entry's seal is an HMAC (key kept
/// outside the database) over the previous seal and the entry, so changing, inserting or
/// reordering rows breaks the chain at that point and cannot be repaired without the key.
/// The anchor (the head's sequence and seal, MACed) catches what a chain alone cannot:
/// deletion of the newest entries.
enum AuditChain {
    static let genesis = String(repeating: "0", count: 64)

    static func seal(_ entry: AuditEntry, after previous: String, key: SymmetricKey) -> String {
        var message = Array(previous.utf8)
        message.append(0x0A)
        message += entry.sealedBytes
        return Hex.lowercase(HMAC<SHA256>.authenticationCode(for: message, using: key))
    }

    static func anchorMAC(sequence: Int64, seal: String, key: SymmetricKey) -> String {
        Hex.lowercase(HMAC<SHA256>.authenticationCode(for: Array("anchor:\(sequence):\(seal)".utf8), using: key))
    }
}
