import DoudiDomain
import Foundation
import SQLKit
import Vapor

/// The audit log's store. `append` runs inside the caller's transaction, so an action and
/// its entry commit together or not at all; appends are serialised (a row lock on the
/// anchor on PostgreSQL; SQLite has a single writer) because each seal needs the last.
struct AuditLog {
    let sql: any SQLDatabase
    let key: SymmetricKey

    static let columns = ["seq", "at_ms", "actor_id", "actor_name", "region_code", "action", "subject_kind", "subject_key",
                          "origin", "detail", "previous_seal", "seal"]

    /// Appends one entry (its sequence is assigned here) and moves the anchor.
    @discardableResult
    func append(action: String, subjectKind: String, subjectKey: String, region: String, actor: Caller?,
                origin: String, detail: String = "", at now: Date = Date()) async throws -> SealedAuditEntry {
        let lock = sql.dialect.name == "postgresql" ? " FOR UPDATE" : ""
        let head = try await sql.raw("SELECT head_seq, head_seal, mac FROM audit_anchor WHERE id = 1\(unsafeRaw: lock)").first()
        let previousSequence = try head?.decode(column: "head_seq", as: Int64.self) ?? 0
        let previousSeal = try head?.decode(column: "head_seal", as: String.self) ?? AuditChain.genesis
        // The anchor's MAC doubles as a key check: a lost or replaced key file (a fresh
        // key minted at start-up) or a tampered anchor must stop the write, not extend a
        // chain that could then never verify.
        if let head, try head.decode(column: "mac", as: String.self)
            != AuditChain.anchorMAC(sequence: previousSequence, seal: previousSeal, key: key) {
            throw AuditLogError.anchorRejected
        }
        let entry = AuditEntry(sequence: previousSequence + 1, atMillis: now.millisSince1970,
                               actorID: actor?.userID, actorName: actor?.username ?? "", region: region, action: action,
                               subjectKind: subjectKind, subjectKey: subjectKey, origin: origin, detail: detail)
        let sealed = SealedAuditEntry(entry: entry, previousSeal: previousSeal,
                                      seal: AuditChain.seal(entry, after: previousSeal, key: key))
        try await sql.insert(into: "audit_log").columns(Self.columns.map { SQLColumn($0) })
            .values(SQLBind(entry.sequence), SQLBind(entry.atMillis), SQLBind(entry.actorID), SQLBind(entry.actorName),
                    SQLBind(entry.region), SQLBind(entry.action), SQLBind(entry.subjectKind), SQLBind(entry.subjectKey),
                    SQLBind(entry.origin), SQLBind(entry.detail), SQLBind(sealed.previousSeal), SQLBind(sealed.seal))
            .run()
        let mac = AuditChain.anchorMAC(sequence: entry.sequence, seal: sealed.seal, key: key)
        if head == nil {
            try await sql.insert(into: "audit_anchor").columns("id", "head_seq", "head_seal", "mac")
                .values(SQLBind(1), SQLBind(entry.sequence), SQLBind(sealed.seal), SQLBind(mac)).run()
        } else {
            try await sql.update("audit_anchor").set("head_seq", to: SQLBind(entry.sequence)).set("head_seal", to: SQLBind(sealed.seal))
                .set("mac", to: SQLBind(mac)).where("id", .equal, 1).run()
        }
        return sealed
    }

    /// Verifies the whole chain, reading it in pages so a long log needs little memory.
    func verify(pageSize: Int = 10_000) async throws -> (entries: Int64, findings: [AuditFinding]) {
        var verifier = AuditChainVerifier(key: key)
        var after = Int64.min
        while true {
            let page = try await sql.select().columns(Self.columns.map { SQLColumn($0) }).from("audit_log")
                .where("seq", .greaterThan, after).orderBy("seq").limit(pageSize).all().map(Self.decode)
            page.forEach { verifier.check($0) }
            guard let last = page.last, page.count == pageSize else { break }
            after = last.entry.sequence
        }
        let anchor = try await sql.select().columns("head_seq", "head_seal", "mac").from("audit_anchor").where("id", .equal, 1).first()
            .map { AuditAnchor(sequence: try $0.decode(column: "head_seq", as: Int64.self),
                               seal: try $0.decode(column: "head_seal", as: String.self),
                               mac: try $0.decode(column: "mac", as: String.self)) }
        return (verifier.count, verifier.finish(anchor: anchor))
    }

    static func decode(_ row: any SQLRow) throws -> SealedAuditEntry {
        SealedAuditEntry(
            entry: AuditEntry(sequence: try row.decode(column: "seq", as: Int64.self), atMillis: try row.decode(column: "at_ms", as: Int64.self),
                              actorID: try row.decode(column: "actor_id", as: UUID?.self),
                              actorName: try row.decode(column: "actor_name", as: String.self),
                              region: try row.decode(column: "region_code", as: String.self),
                              action: try row.decode(column: "action", as: String.self),
                              subjectKind: try row.decode(column: "subject_kind", as: String.self),
                              subjectKey: try row.decode(column: "subject_key", as: String.self),
                              origin: try row.decode(column: "origin", as: String.self),
                              detail: try row.decode(column: "detail", as: String.self)),
            previousSeal: try row.decode(column: "previous_seal", as: String.self),
            seal: try row.decode(column: "seal", as: String.self))
    }
}

/// The log refuses to grow: its anchor does not verify with the configured key.
struct AuditLogError: Error, CustomStringConvertible {
    static let anchorRejected = AuditLogError()
    var description: String { L("audit.error.anchor_rejected") }
}
