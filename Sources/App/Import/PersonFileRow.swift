/// A row of a person-record file (§4–§8): it names its person by ID number and
/// describes one record about them.
protocol PersonFileRow: RecordFileRow {
    associatedtype Record: ImportedRecord

    /// The kind recorded on the batch (`import_batches.kind`), as on the command line.
    static var kind: String { get }
    /// The person's ID number as validated (15-digit numbers upgraded).
    var idNumber: String { get }
    /// Other ID numbers the row names (a relation's other party), looked up alongside.
    var otherIDNumbers: [String] { get }

    /// The record this row describes for `person`, who is registered in the caller's
    /// area; nil when it belongs to the person's current household and they have none.
    func record(of person: PersonRow, in scope: PersonRecordScope) -> Record?
}

extension PersonFileRow {
    static var keyColumn: String { "id_number" }
    var otherIDNumbers: [String] { [] }
}
