import DoudiDomain
import Foundation

/// One accountable action (问责): who did what to which subject, when and from where.
/// Subjects are named by opaque keys (row UUIDs, batch ids), never by ID numbers, and
/// `detail` carries counts and hashes, never personal data: the log itself is read by
/// inspectors across areas and must not become a second copy of the registry.
struct AuditEntry: Sendable, Equatable {
    /// Position in the chain, from 1, without gaps.
    var sequence: Int64
    /// Milliseconds since 1970 (UTC): an integer, so the sealed form is exact.
    var atMillis: Int64
    var actorID: UUID?
    var actorName: String
    /// The region the action concerns (the subject's, or the actor's scope), for scoped search.
    var region: String
    /// A dotted action name, e.g. `import.households`, `login.failure`, `person.update`, `id.reveal`.
    var action: String
    var subjectKind: String
    var subjectKey: String
    /// `cli`, or the web client's address.
    var origin: String
    var detail: String

    /// The exact bytes the seal covers: every field, length-prefixed so that no two
    /// different entries serialise alike.
    var sealedBytes: [UInt8] {
        var bytes: [UInt8] = []
        for field in [String(sequence), String(atMillis), actorID.map(UUIDText.string) ?? "", actorName, region, action,
                      subjectKind, subjectKey, origin, detail] {
            bytes += Array(String(field.utf8.count).utf8) + [0x3A] + Array(field.utf8)
        }
        return bytes
    }
}

/// An entry as stored, with the chain fields.
struct SealedAuditEntry: Sendable, Equatable {
    var entry: AuditEntry
    /// The previous entry's seal (64 zeros for the first entry).
    var previousSeal: String
    /// HMAC-SHA256 over the previous seal and `entry.sealedBytes`, hex.
    var seal: String
}

/// The chain head as last written by Doudi, with a MAC so that it cannot be rolled back
/// or moved forward without the key.
struct AuditAnchor: Sendable, Equatable {
    var sequence: Int64
    var seal: String
    var mac: String
}
