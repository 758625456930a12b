import Foundation

/// Keys for the persons a household file adds, handed out in ID-number order.
///
/// `persons` carries two unique indexes that SQLite keeps current row by row: the primary
/// key and the ID number. Time-ordered keys make the first an append; giving them out in
/// ID-number order, and inserting in that order, makes the second one too, instead of a
/// random B-tree descent per person (1.4 s of a million-person load, measured with
/// the same schema outside Doudi). Valid IDs sort by their packed body, which orders as
/// their text does; flagged legacy IDs follow, by text.
struct NewPersonKeys {
    /// The new person's key for each file row, or nil where the row's person exists.
    private(set) var keyByRow: [UUID?]
    /// File-row indices of new persons in insertion order (ascending ID number).
    private(set) var insertionOrder: [Int]

    init(rows: [HouseholdFileRow], isNew: (HouseholdFileRow) -> Bool) {
        var valid: [(key: UInt64, row: Int)] = []
        var flagged: [Int] = []
        for (index, row) in rows.enumerated() where isNew(row) {
            if let key = row.person.idNumber.packedKey { valid.append((key, index)) } else { flagged.append(index) }
        }
        valid.sort { $0.key < $1.key }
        flagged.sort { rows[$0].person.idNumber.value.utf8.lexicographicallyPrecedes(rows[$1].person.idNumber.value.utf8) }
        insertionOrder = valid.map(\.row) + flagged
        keyByRow = Array(repeating: nil, count: rows.count)
        for index in insertionOrder { keyByRow[index] = OrderedUUID.make() }
    }
}
