/// The writes a validated record file needs, matched on natural keys against what is
/// stored: new records, changed ones with their before-images, and a count of the
/// unchanged. Re-importing an unchanged file yields no writes at all.
struct RecordPlan<Record: ImportedRecord>: Sendable {
    private(set) var inserts: [Record] = []
    private(set) var updates: [(before: Record, after: Record)] = []
    private(set) var unchanged = 0

    var total: Int { inserts.count + updates.count + unchanged }

    init(wanted: [Record], stored: [Record]) {
        let byKey = Dictionary(stored.map { ($0.naturalKey, $0) }, uniquingKeysWith: { first, _ in first })
        for var record in wanted {
            guard let before = byKey[record.naturalKey] else {
                inserts.append(record)
                continue
            }
            // The stored row keeps its id, so history and references stay attached to it.
            record.id = before.id
            record = record.reconciled(with: before)
            if record == before {
                unchanged += 1
            } else {
                updates.append((before, record))
            }
        }
    }
}
