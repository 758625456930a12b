import DoudiDomain
import Vapor
import Foundation

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
        return hex(HMAC<SHA256>.authenticationCode(for: message, using: key))
    }

    static func anchorMAC(sequence: Int64, seal: String, key: SymmetricKey) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: Array("anchor:\(sequence):\(seal)".utf8), using: key))
    }

    /// Checks entries read in sequence order against each other, the key and the anchor.
    /// Reports every break it finds, in order, so an inspector sees the full extent.
    static func verify(_ entries: some Sequence<SealedAuditEntry>, anchor: AuditAnchor?, key: SymmetricKey) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        var expected: Int64 = 1
        var previousSeal = genesis
        var last: (sequence: Int64, seal: String)?
        for stored in entries {
            let sequence = stored.entry.sequence
            if sequence > expected {
                findings.append(.missing(from: expected, through: sequence - 1))
            } else if sequence < expected {
                findings.append(.outOfOrder(sequence))
            }
            if seal(stored.entry, after: stored.previousSeal, key: key) != stored.seal {
                findings.append(.altered(sequence))
            } else if stored.previousSeal != previousSeal {
                findings.append(.brokenLink(sequence))
            }
            previousSeal = stored.seal
            expected = max(expected, sequence + 1)
            last = (sequence, stored.seal)
        }
        guard let anchor else {
            if last != nil { findings.append(.anchorMissing) }
            return findings
        }
        guard anchorMAC(sequence: anchor.sequence, seal: anchor.seal, key: key) == anchor.mac else {
            findings.append(.anchorForged)
            return findings
        }
        let head = last?.sequence ?? 0
        if head < anchor.sequence {
            findings.append(.truncated(lastPresent: head, anchored: anchor.sequence))
        } else if head > anchor.sequence {
            findings.append(.beyondAnchor(from: anchor.sequence + 1, through: head))
        } else if let last, last.seal != anchor.seal {
            findings.append(.headMismatch(last.sequence))
        }
        return findings
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// One break in the audit chain, with a Chinese explanation from the localization table.
enum AuditFinding: Sendable, Equatable {
    case missing(from: Int64, through: Int64)
    case outOfOrder(Int64)
    case altered(Int64)
    case brokenLink(Int64)
    case anchorMissing
    case anchorForged
    case truncated(lastPresent: Int64, anchored: Int64)
    case beyondAnchor(from: Int64, through: Int64)
    case headMismatch(Int64)

    var message: String {
        switch self {
        case let .missing(from, through): L("audit.verify.missing", ["from": String(from), "through": String(through)])
        case let .outOfOrder(sequence): L("audit.verify.out_of_order", ["seq": String(sequence)])
        case let .altered(sequence): L("audit.verify.altered", ["seq": String(sequence)])
        case let .brokenLink(sequence): L("audit.verify.broken_link", ["seq": String(sequence)])
        case .anchorMissing: L("audit.verify.anchor_missing")
        case .anchorForged: L("audit.verify.anchor_forged")
        case let .truncated(lastPresent, anchored):
            L("audit.verify.truncated", ["last": String(lastPresent), "anchored": String(anchored)])
        case let .beyondAnchor(from, through): L("audit.verify.beyond_anchor", ["from": String(from), "through": String(through)])
        case let .headMismatch(sequence): L("audit.verify.head_mismatch", ["seq": String(sequence)])
        }
    }
}
