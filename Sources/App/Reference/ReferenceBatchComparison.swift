import DoudiDomain
import DoudiMatch
import Foundation

/// Two batches of one kind compared row by row: which records were added, which removed,
/// and which are still there with other values (a car's value revalued, a business now
/// 注销). A record is its subject and the kind's natural key (`ReferenceTemplate.naturalKey`),
/// as findings are; its content is the whole validated row. Both sides are reduced to
/// sorted (record, content) hashes and merged, so two five-million-row batches compare in
/// one pass each without holding their rows.
struct ReferenceBatchComparison: Sendable {
    enum Change: String, Sendable { case added, removed, changed }

    struct Entry: Sendable, Equatable {
        let change: Change
        /// The row's line in its batch's uploaded file (the new batch's, except for removals).
        let line: UInt32
    }

    var added = 0, removed = 0, changed = 0, unchanged = 0
    var entries: [Entry] = []

    /// One side: its columns (for the subject keys and lines) and its validated file.
    struct Side {
        let columns: ReferenceColumns
        let rows: ValidatedFileRows
    }

    init(kind: ReferenceKind, old: Side, new: Side) {
        let before = Self.digests(kind, old), after = Self.digests(kind, new)
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if j == after.count || (i < before.count && before[i].record < after[j].record) {
                removed += 1
                entries.append(Entry(change: .removed, line: before[i].line))
                i += 1
            } else if i == before.count || after[j].record < before[i].record {
                added += 1
                entries.append(Entry(change: .added, line: after[j].line))
                j += 1
            } else {
                if before[i].content == after[j].content { unchanged += 1 } else {
                    changed += 1
                    entries.append(Entry(change: .changed, line: after[j].line))
                }
                i += 1
                j += 1
            }
        }
    }

    private struct Digest { let record: UInt64, content: UInt64, line: UInt32 }

    /// Each row's record and content hashes, sorted by record, then content.
    private static func digests(_ kind: ReferenceKind, _ side: Side) -> [Digest] {
        let natural = ReferenceTemplate.naturalKey(kind)
        let subject = kind == .staffRelatives ? "relative_id_number" : "id_number"
        var digests: [Digest] = []
        digests.reserveCapacity(side.columns.count)
        for index in 0..<side.columns.count {
            let cells = side.rows.row(at: side.columns.offsets[index])
            var record = FNV1a64(), content = FNV1a64()
            record.add(cells[subject] ?? "")
            for key in natural { record.add(cells[key] ?? "") }
            for key in side.rows.header { content.add(cells[key] ?? "") }
            digests.append(Digest(record: record.value, content: content.value, line: side.columns.lines[index]))
        }
        digests.sort { ($0.record, $0.content, $0.line) < ($1.record, $1.content, $1.line) }
        return digests
    }
}

/// FNV-1a, 64 bits: stable across processes (Swift's `Hasher` is seeded per process), and
/// each field is ended with a 0x1F so ("ab", "c") and ("a", "bc") differ.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        value = (value ^ 0x1F) &* 0x100_0000_01B3
    }
}
