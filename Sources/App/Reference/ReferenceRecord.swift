import DoudiDomain

/// One validated reference row: its subject and the values the engine's columns hold
/// (see `ReferenceColumns`), and its cells as the validated file stores them.
struct ReferenceRecord: Sendable {
    var subject: UInt64
    var second: UInt64 = 0
    var date: CivilDate?
    var amount: Money?
    /// The kind's second number (see `ReferenceColumns.extras`).
    var extra: Int64?
    var code: UInt16 = 0
    /// Normalised cells in template order: 18-digit ID numbers, ISO dates, yuan text, codes.
    var cells: [String]
}
