import Vapor

/// Walks the chain one entry at a time, so a long log is verified page by page in
/// constant memory. Entries arrive in sequence order (`seq` is the primary key), so
/// the head is always the last entry seen: `expected - 1` and `previousSeal`.
struct AuditChainVerifier {
    let key: SymmetricKey
    private(set) var findings: [AuditFinding] = []
    private(set) var count: Int64 = 0
    private var expected: Int64 = 1
    private var previousSeal = AuditChain.genesis

    init(key: SymmetricKey) {
        self.key = key
    }

    mutating func check(_ stored: SealedAuditEntry) {
        let sequence = stored.entry.sequence
        if sequence > expected {
            findings.append(.missing(from: expected, through: sequence - 1))
        }
        if AuditChain.seal(stored.entry, after: stored.previousSeal, key: key) != stored.seal {
            findings.append(.altered(sequence))
        } else if stored.previousSeal != previousSeal {
            findings.append(.brokenLink(sequence))
        }
        previousSeal = stored.seal
        expected = sequence + 1
        count += 1
    }

    /// The findings, once every entry was checked, including the head against the anchor.
    func finish(anchor: AuditAnchor?) -> [AuditFinding] {
        var findings = findings
        guard let anchor else {
            if count > 0 { findings.append(.anchorMissing) }
            return findings
        }
        guard AuditChain.anchorMAC(sequence: anchor.sequence, seal: anchor.seal, key: key) == anchor.mac else {
            findings.append(.anchorForged)
            return findings
        }
        let head = expected - 1
        if head < anchor.sequence {
            findings.append(.truncated(lastPresent: head, anchored: anchor.sequence))
        } else if head > anchor.sequence {
            findings.append(.beyondAnchor(from: anchor.sequence + 1, through: head))
        } else if head > 0, previousSeal != anchor.seal {
            findings.append(.headMismatch(head))
        }
        return findings
    }
}
